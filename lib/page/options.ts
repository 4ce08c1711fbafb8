/** What the page controller needs from where it runs: a content script, or an extension page. */
import type { PatternTable } from '../match/types';
import type { ClippingDraft, PageSummary, SaveResult, StoredClippingView } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import type { DetailsSource } from './details-cache';
import type { PageUi } from './page-ui';

export interface PageControllerOptions {
  /** The element (or document body) whose text is marked. */
  root: Element;
  /** The address clippings and summaries are recorded under (the tab's address). */
  url: () => string;
  /** Reads the compiled pattern table; null while the background has not written it yet. */
  loadTable: () => Promise<PatternTable | null>;
  /** Calls back when the table is replaced (a new pack); returns the function that stops. */
  watchTable?: (cb: (table: PatternTable | null) => void) => () => void;
  /** The stored table failed its check: ask for it to be compiled again (it comes back via watchTable). */
  tableDamaged?: () => void;
  getDetails: DetailsSource;
  getSettings: () => Promise<Settings>;
  watchSettings?: (cb: (s: Settings) => void) => () => void;
  /** Whether marking is on for this page under these settings (content script: `isSiteEnabled`). */
  isEnabled: (s: Settings) => boolean;
  /** Opens the side panel at a hash such as `#para/ID`. */
  openSidePanel: (hash: string) => void | Promise<unknown>;
  muteEntry: (entryId: string) => Promise<unknown>;
  saveClipping?: (draft: ClippingDraft) => Promise<SaveResult>;
  clippingsForUrl?: (url: string) => Promise<StoredClippingView[]>;
  /** Receives the summary after each scan (the content script of the top frame sends `pageScanned`). */
  report?: (summary: PageSummary) => void;
  /**
   * Loads the card and clipping code. A content script loads it as a separate file on first use
   * (`extensionUiLoader`); an extension page can pass `() => import('lib/page/page-ui').then((m) => m.pageUi)`.
   */
  loadUi: () => Promise<PageUi>;
  /** Stops everything when aborted (WXT's `ctx.signal` in a content script). */
  signal?: AbortSignal;
}
