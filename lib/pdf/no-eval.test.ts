import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stripEval } from './no-eval';

describe('stripEval', () => {
  test('the feature probe reports no eval and a compiled function throws', () => {
    const probe = stripEval('(function(){try{new Function("");return!0}catch{return!1}})()');
    expect(eval(probe)).toBe(false);
    const compiled = stripEval('(e) => new Function("src", "dest", e)');
    expect(() => (eval(compiled) as (e: string) => unknown)('return 1')).toThrow(EvalError);
  });

  test('leaves no new Function in the shipped pdf.js files', () => {
    for (const file of ['build/pdf.mjs', 'build/pdf.worker.min.mjs', 'web/pdf_viewer.mjs']) {
      const code = readFileSync(`node_modules/pdfjs-dist/${file}`, 'utf8');
      expect(stripEval(code), file).not.toMatch(/\bnew\s+Function\s*\(|\beval\s*\(/);
    }
  });
});
