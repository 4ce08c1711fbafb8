#!/usr/bin/env node
// Fails when the built content script grows past its budget, so every change sees its size.
// The budget was 60 KB minified until the detection rules of issue 12 (page-local acronyms, segmentation,
// negative cues: +3.5 KB) and the decoder of the precompiled automaton (+3 KB) took it to 65.9 KB. Issue 14
// asks for 60 KB again, with more of the in-page UI loaded on first use; until then the gate holds the line here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUDGET_KB = 66;
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
