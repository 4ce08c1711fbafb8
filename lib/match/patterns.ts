/**
 * The engine-specific part of the PatternTable (`PatternTable.patterns`): plain arrays, so the table
 * survives JSON and `browser.storage.local`. Keys are already normalised (`normaliseKey`) and already
 * expanded into their spelling variants, so the content script only builds the automaton.
 */

/** What a pattern row does when it matches. */
export const TARGET_EXCLUSION = -1;
export const TARGET_CUE = -2;

/** Row flags. */
export const FLAG_WORD = 1;
export const FLAG_CASE = 2;
export const FLAG_NUMERAL = 4;
export const FLAG_CONTEXT = 8;
/** A short Chinese alias that must sit on word boundaries of the browser's segmentation (`Intl.Segmenter`). */
export const FLAG_SEGMENT = 16;

/**
 * The rules of a context-dependent alias beside its cue ids: [gated, where, related entry indices,
 * negative cue ids]. Gated: 1 if it needs a cue, 2 if it is a short form that counts only where its
 * entry's full form is on the page, 0 if only negative cues apply.
 * Where: a China cue is enough. Related entries found nearby count as cues.
 */
export type ContextRule = [gated: 0 | 1 | 2, where: 0 | 1, related: number[], not: number[]];

/**
 * One pattern: [normalised key, target, flags, extra]. Target is an entry index, TARGET_EXCLUSION or
 * TARGET_CUE. Extra: for a cue, its cue id; for a context-dependent alias, the index of its cue list in
 * `contexts`; for a case-sensitive alias, ignored (the case form is in `caseForms`); otherwise -1.
 */
export type PatternRow = [key: string, target: number, flags: number, extra: number];

/** [normalised address, entry index or -1, endnote number or 0, link title]. */
export type UrlRow = [url: string, target: number, endnote: number, title: string];

export interface CompiledPatterns {
  format: 1;
  rows: PatternRow[];
  /** Cue ids per context-dependent alias (indexed by a row's extra). */
  contexts: number[][];
  /** The other rules of each context (same index); absent in tables of older revisions. */
  rules?: ContextRule[];
  /** Cue ids that stand for "China" and satisfy any context-dependent alias. */
  chinaCues: number[];
  /** For case-sensitive rows: row index → letters and digits of the alias as written. */
  caseForms: Record<number, string>;
  urls: UrlRow[];
  /** Traditional → simplified character pairs "t1s1t2s2…" (see script-fold.ts); keys are already folded. */
  fold?: string;
}

/** Reads `PatternTable.patterns`, rejecting anything that is not this format. */
export function asCompiledPatterns(value: unknown): CompiledPatterns {
  const v = value as Partial<CompiledPatterns> | null;
  if (!v || v.format !== 1 || !Array.isArray(v.rows) || !Array.isArray(v.urls)) {
    throw new TypeError('Pattern table: unknown patterns format');
  }
  return v as CompiledPatterns;
}
