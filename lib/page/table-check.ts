/**
 * The check a stored pattern table passes before it is used. The table comes from extension storage,
 * which can hold a damaged value (a write cut short, a disk error, an older build's data); a table that
 * fails is not used, and the content script asks the background to compile it again. The background
 * runs the same check before it rewrites, so a request for a table that is fine changes nothing.
 */
import { createEngine, type Engine } from '../match/engine';
import { decodeAutomaton } from '../match/compiled';
import { asCompiledPatterns } from '../match/patterns';
import type { PatternTable } from '../match/types';

const KINDS = new Set(['term', 'document']);

/** Whether a stored value has the shape of a pattern table (cheap: the engine is not built). */
export function looksLikeTable(value: unknown): value is PatternTable {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  if (typeof t.version !== 'string' || t.version === '' || !Array.isArray(t.entries)) return false;
  if (typeof t.patterns !== 'object' || t.patterns === null || t.entries.length === 0) return false;
  return t.entries.every((e: unknown) => {
    if (typeof e !== 'object' || e === null) return false;
    const entry = e as Record<string, unknown>;
    return typeof entry.id === 'string' && typeof entry.label === 'string' && KINDS.has(entry.kind as string);
  });
}

/**
 * The engine for a table, or null where the table is damaged in a way that only building it shows.
 * The automaton compiled with the table is used where it checks out; a damaged one is passed over and
 * the automaton built from the rows (slower, same mentions), so the page is still marked.
 */
export function engineFor(table: PatternTable): Engine | null {
  try {
    const engine = createEngine(table);
    // A first match over a line of text finds an automaton whose arrays do not fit together.
    engine.scanText(table.entries[0]?.label ?? '');
    return engine;
  } catch {
    return null;
  }
}

/** Whether the table carries its compiled automaton and it decodes for the table's rows. */
export function hasUsableCompiled(table: PatternTable): boolean {
  try {
    return decodeAutomaton(table.compiled, asCompiledPatterns(table.patterns)) !== null;
  } catch {
    return false;
  }
}

/**
 * Whether a stored value is a table that can be used as it stands. One whose compiled automaton is
 * missing or damaged still works, but every page would build the automaton again: the background
 * compiles it anew.
 */
export function isUsableTable(value: unknown): value is PatternTable {
  return looksLikeTable(value) && hasUsableCompiled(value) && engineFor(value) !== null;
}
