/**
 * The detection engine's public shapes, shared by the content script, the scan command and tests.
 * The engine itself lives in this folder (`table.ts`, `matcher.ts`, `engine.ts`); `lib/text` gives it
 * the page's text.
 */
import type { MentionKind } from '../pack/types';
import type { CompiledAutomaton } from './compiled';

/** One entry or document as the content script knows it without asking the background. */
export interface TableEntry {
  id: string;
  kind: MentionKind;
  label: string;
  /** Simplified Chinese form, where the entry has one. */
  zh?: string;
}

/**
 * The compact, JSON-serialisable form of the pack that the content script matches with. It is
 * compiled from the pack in the background (`compileTable`) and kept in extension storage.
 */
export interface PatternTable {
  version: string;
  entries: TableEntry[];
  /** Engine-specific pattern data; only `lib/match` reads it. */
  patterns: unknown;
  /**
   * The automaton for `patterns`, compiled with the table so that a content script only decodes it;
   * ignored (and built from the rows) where absent, of another format, or not that of these rows.
   */
  compiled?: CompiledAutomaton;
}

/** One mention found on a page, in page order. */
export interface Mention {
  /** Entry or document id; null for a document reference that is not in the pack. */
  entryId: string | null;
  kind: MentionKind;
  label: string;
  zh?: string;
  /** The page text matched, as rendered. */
  text: string;
  /** Offsets in the text index's flat text. */
  start: number;
  end: number;
  /** For a link citing an endnote's address: that endnote's number. */
  endnote?: number;
}
