/**
 * The one messaging protocol between the content script, the background and the extension pages.
 * Every message is `{ type, payload }`; `Protocol` maps each type to its payload and its reply, so
 * senders and handlers are checked against the same table. Receivers validate payloads before use
 * (see `schemas.ts`) and drop anything they do not know.
 */
import type { PdfLocation } from '../db/clipping';
import type { EntryKind, Link, MentionKind, ParagraphKind } from '../pack/types';
import type { SettingsChange } from '../settings/changes';

/** One thing the page mentions, summed over its occurrences. */
export interface MentionSummary {
  /** Entry or document id; null for a document reference that is not in the pack. */
  entryId: string | null;
  kind: MentionKind;
  label: string;
  zh?: string;
  count: number;
  /** The distinct page texts that matched, first seen first. */
  seen: string[];
}

export interface PageSummary {
  url: string;
  title: string;
  /** False where the user turned the extension off for this site. */
  enabled: boolean;
  total: number;
  mentions: MentionSummary[];
  /**
   * The clippings saved from this page: how many are marked, and the ids of those not found on it
   * now. Absent until the page has looked its clippings up.
   */
  clippings?: { marked: number; missing: string[] };
}

export interface PassageView {
  paragraphId: string;
  section: string;
  kind: ParagraphKind;
  text: string;
}

export interface LinkView extends Link {
  endnote: number;
}

/** Everything a card, popup row or entry view shows about one entry or document. */
export interface EntryDetails {
  entryId: string;
  kind: MentionKind;
  entryKind: EntryKind | 'document';
  label: string;
  zh?: { hans: string; hant: string; pinyin: string };
  aliases: string[];
  definition: string;
  passages: PassageView[];
  links: LinkView[];
  related: { id: string; label: string }[];
  /** Documents only. */
  issuer?: string;
  date?: string;
  urls?: string[];
}

export interface ClippingDraft {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  author?: string;
  published?: string;
  entryIds: string[];
  note?: string;
  tags?: string[];
  /**
   * From the PDF reader only: the document's fingerprint and page; the quote's context and position
   * then count within that page's text.
   */
  pdf?: PdfLocation;
}

export type SaveResult = { ok: true; id: string } | { ok: false; error: string };

export type Command = 'toggle-marks' | 'next-mark' | 'previous-mark' | 'save-clipping';

/** Messages handled by the background. */
export interface BackgroundProtocol {
  ping: { payload: Record<string, never>; reply: { ok: true; packVersion: string | null } };
  pageScanned: { payload: PageSummary; reply: void };
  getDetails: { payload: { ids: string[] }; reply: EntryDetails[] };
  saveClipping: { payload: ClippingDraft; reply: SaveResult };
  /**
   * The clippings saved from the sender's own page. `url` is only what the frame believes its address
   * is; the background looks up the address the browser reports for the sender, and the declared
   * canonical address only where it is on the same site.
   */
  clippingsForUrl: { payload: { url: string; canonicalUrl?: string }; reply: StoredClippingView[] };
  /**
   * The clippings saved from the PDF with this pdf.js fingerprint, whatever address it was read at.
   * Answered for our own reader only: a web page may not learn what was saved elsewhere.
   */
  clippingsForPdf: { payload: { fingerprint: string }; reply: StoredClippingView[] };
  openSidePanel: { payload: { hash: string }; reply: { ok: boolean } };
  /** The one way to change the settings from outside the background; content scripts may only mute. */
  changeSettings: { payload: SettingsChange; reply: { ok: boolean } };
  /** The stored pattern table failed its check in a content script: compile it again if it is damaged. */
  rebuildTable: { payload: Record<string, never>; reply: { ok: boolean } };
}

/** Messages handled by the content script of a tab. */
export interface ContentProtocol {
  getPageSummary: { payload: Record<string, never>; reply: PageSummary };
  scrollToMention: { payload: { entryId: string | null; label: string; index: number }; reply: boolean };
  command: { payload: { name: Command }; reply: void };
}

/** Messages handled by an open side panel: the background routes it when it is already open. */
export interface SidePanelProtocol {
  sidePanelRoute: { payload: { hash: string }; reply: void };
}

/** A stored clipping as the content script needs it for re-marking. */
export interface StoredClippingView {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** For a clipping from a PDF: its page, within whose text `start` and `end` count. */
  page?: number;
}

export type MessageOf<P> = {
  [K in keyof P]: { type: K; payload: P[K] extends { payload: infer X } ? X : never };
}[keyof P];
export type PayloadOf<P, K extends keyof P> = P[K] extends { payload: infer X } ? X : never;
export type ReplyOf<P, K extends keyof P> = P[K] extends { reply: infer R } ? R : never;

/**
 * Deep links into the side panel, used by the card, the context menu and the background:
 * `#entry/ID`, `#para/ID`, `#search/QUERY` (URI-encoded), `#clippings`, `#brief` (the reader from the top).
 */
export type SidePanelRoute =
  | { view: 'entry'; id: string }
  | { view: 'para'; id: string }
  | { view: 'search'; query: string }
  | { view: 'clippings' }
  | { view: 'brief' }
  | { view: 'home' };

/** Parses a side panel hash into a route; anything unknown is the home view. */
export function parseRoute(hash: string): SidePanelRoute {
  const m = /^#?(entry|para|search|clippings|brief)(?:\/(.*))?$/.exec(hash);
  if (!m) return { view: 'home' };
  let arg = '';
  try {
    arg = decodeURIComponent(m[2] ?? '');
  } catch {
    return { view: 'home' };
  }
  if (m[1] === 'clippings') return { view: 'clippings' };
  if (m[1] === 'brief') return { view: 'brief' };
  if (!arg) return { view: 'home' };
  if (m[1] === 'search') return { view: 'search', query: arg };
  return { view: m[1] as 'entry' | 'para', id: arg };
}

/** The hash for a route. */
export function routeHash(route: SidePanelRoute): string {
  switch (route.view) {
    case 'entry':
    case 'para':
      return `#${route.view}/${encodeURIComponent(route.id)}`;
    case 'search':
      return `#search/${encodeURIComponent(route.query)}`;
    case 'clippings':
      return '#clippings';
    case 'brief':
      return '#brief';
    default:
      return '';
  }
}
