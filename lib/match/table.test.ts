import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TABLE_REVISION, compileTable, tableVersion } from './table';
import { testPack } from './test-pack';

describe('the compiled table and its revision', () => {
  it('carries the pack version and the table revision', () => {
    const table = compileTable(testPack());
    expect(table.version).toBe(tableVersion(testPack()));
    expect(table.version).toBe(`${testPack().version}+table.${TABLE_REVISION}`);
  });

  it('compiles the test pack to the table pinned for this revision', () => {
    // The background keeps a stored table while its version matches (lib/background/seeding.ts). If
    // this fails, the compiler's output changed: bump TABLE_REVISION in table.ts and update both here.
    const table = compileTable(testPack());
    const digest = createHash('sha256')
      .update(JSON.stringify({ entries: table.entries, patterns: table.patterns, compiled: table.compiled }))
      .digest('hex')
      .slice(0, 16);
    expect({ revision: TABLE_REVISION, digest }).toEqual({ revision: 4, digest: '84e17af790d25d95' });
  });
});
