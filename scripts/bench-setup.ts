/**
 * Cold engine setup as a content script pays it: in fresh Node processes, the time to parse the stored
 * table's JSON and create the engine from it, once per process (code the JIT has not seen yet).
 *
 *   npx tsx scripts/bench-setup.ts [runs]
 *
 * Prints each run, then the minimum and median, and the size of the stored table's JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadPack } from '../data/index';
import { compileTable } from '../lib/match/table';
import { createEngine } from '../lib/match/engine';
import type { PatternTable } from '../lib/match/types';

function child(file: string): void {
  const json = readFileSync(file, 'utf8');
  const start = performance.now();
  const table = JSON.parse(json) as PatternTable;
  const engine = createEngine(table);
  const ms = performance.now() - start;
  // Used, so that nothing is optimised away.
  if (engine.scanText('new whole-of-nation system').length === 0) throw new Error('engine finds nothing');
  process.stdout.write(`${ms.toFixed(2)}\n`);
}

function parent(runs: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'brief-lens-setup-'));
  try {
    const file = join(dir, 'table.json');
    const json = JSON.stringify(compileTable(loadPack()));
    writeFileSync(file, json);
    const self = fileURLToPath(import.meta.url);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', file], {
        encoding: 'utf8',
      });
      times.push(Number(out.trim()));
    }
    const sorted = times.slice().sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`runs (ms): ${times.map((t) => t.toFixed(1)).join(' ')}`);
    console.log(
      `setup: min ${sorted[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms; table JSON ${(json.length / 1024).toFixed(0)} KB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) child(process.argv[at + 1]!);
else parent(Number(process.argv[2] ?? 5));
