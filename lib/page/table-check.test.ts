import { describe, expect, it } from 'vitest';
import { compileTable } from '../match/table';
import { testPack } from '../match/test-pack';
import type { PatternTable } from '../match/types';
import { engineFor, hasUsableCompiled, isUsableTable } from './table-check';

const table = JSON.parse(JSON.stringify(compileTable(testPack()))) as PatternTable;
const sample = `${table.entries.map((e) => e.label).join('. ')}.`;

function withData(data: string): PatternTable {
  return { ...table, compiled: { ...table.compiled!, data } };
}

describe('the stored table check', () => {
  it('accepts a freshly compiled table, its compiled automaton included', () => {
    expect(hasUsableCompiled(table)).toBe(true);
    expect(isUsableTable(table)).toBe(true);
  });

  it('still gives an engine for a table whose compiled automaton is damaged, finding the same mentions', () => {
    const expected = engineFor(table)!.scanText(sample);
    expect(expected.length).toBeGreaterThan(0);
    for (const damaged of [
      withData(table.compiled!.data.slice(0, 40)),
      withData('AAAA'),
      { ...table, compiled: undefined },
    ]) {
      expect(engineFor(damaged)!.scanText(sample)).toEqual(expected);
      // …but the background compiles it anew, so that pages do not build the automaton each time.
      expect(hasUsableCompiled(damaged)).toBe(false);
      expect(isUsableTable(damaged)).toBe(false);
    }
  });

  it('rejects a table whose rows are not a pattern table', () => {
    expect(isUsableTable({ ...table, patterns: { format: 2 } })).toBe(false);
  });
});
