/**
 * Build-time: takes the string-evaluating `new Function(…)` out of pdf.js. The reader opens documents
 * with `isEvalSupported: false` and the extension's CSP forbids eval anyway, so these calls never run;
 * replacing them with a call that throws keeps the shipped code free of them, as store reviews expect.
 * pdf.js's own feature probe (`try { new Function("") } catch`) then reports eval as unavailable.
 */
const NEW_FUNCTION = /\bnew\s+Function\s*\(/g;
const THROWS = '((..._args)=>{throw new EvalError("Brief Lens ships no string evaluation")})(';

/** The code with every `new Function(` replaced by a function call that throws. */
export function stripEval(code: string): string {
  return code.replace(NEW_FUNCTION, THROWS);
}
