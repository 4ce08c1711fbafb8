#!/usr/bin/env node
// `npm test`: build the extension, run the unit tests, then the end-to-end tests in Chromium, and end
// with one line of totals that CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT_DIR = 'test-results';
rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

function run(cmd, args, extraEnv = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return r.status ?? 1;
}

function totals(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const steps = [];
let status = run('npx', ['wxt', 'build']);
if (status === 0) status = run('npx', ['wxt', 'build', '-b', 'firefox']);
if (status !== 0) console.error('\nThe build failed; the end-to-end tests need it.');
steps.push(['build', status]);

const unit = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORT_DIR}/unit.json`,
]);
steps.push(['unit', unit]);

let e2e = 1;
if (!existsSync(chrome)) {
  console.error(
    `\nEnd-to-end tests need Chromium at ${chrome}.\n` +
      'Install it with: sudo apt-get install -y chromium   (Debian/Ubuntu), or set CHROME_PATH.',
  );
} else if (status === 0) {
  e2e = run('npx', [
    'vitest',
    'run',
    '--config',
    'test/e2e/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${REPORT_DIR}/e2e.json`,
  ]);
}
steps.push(['e2e', e2e]);

const sum = { passed: 0, failed: 0, skipped: 0 };
for (const name of ['unit', 'e2e']) {
  const t = totals(`${REPORT_DIR}/${name}.json`);
  if (t) for (const k of Object.keys(sum)) sum[k] += t[k];
}
// A step that failed without reporting a failed test (a crash, a missing browser) still counts as one failure.
for (const [name, code] of steps) {
  const t = name === 'build' ? null : totals(`${REPORT_DIR}/${name}.json`);
  if (code !== 0 && (!t || t.failed === 0)) sum.failed += 1;
}
console.log(`\n${sum.passed} passed, ${sum.failed} failed${sum.skipped ? `, ${sum.skipped} skipped` : ''}`);
process.exit(sum.failed > 0 ? 1 : 0);
