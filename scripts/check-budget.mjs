#!/usr/bin/env node
// Fails when the built content script grows past its budget (60 KB minified), so every change sees its size.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_KB = 60;
const dir = '.output/chrome-mv3/content-scripts';
const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
let worst = 0;
for (const f of files) {
  const kb = statSync(join(dir, f)).size / 1024;
  worst = Math.max(worst, kb);
  console.log(`budget: ${f} ${kb.toFixed(1)} KB of ${BUDGET_KB} KB`);
}
if (worst > BUDGET_KB) {
  console.error(`budget: the content script is over its ${BUDGET_KB} KB budget`);
  process.exit(1);
}
