/**
 * The page controller's sources inside a content script: the pattern table and settings from
 * extension storage, details, clippings and the side panel through the background, and the summary
 * reported by the top frame only (the background keeps the top frame's summary for the badge and popup;
 * a frame's marks are its own).
 */
import type { PatternTable } from '../match/types';
import { readLocal, watchLocal } from '../platform/local-values';
import { sendToBackground } from '../platform/messages';
import { isSiteEnabled, withDefaults, type Settings } from '../settings/settings-core';
import type { PageControllerOptions } from './options';
import { extensionUiLoader } from './ui-loader';

const REPORT_DELAY_MS = 250;
/** Requests to rebuild a damaged table, per page: one is enough, a few allow for a rebuild under way. */
const MAX_REBUILD_REQUESTS = 3;
/** The storage keys of `settingsItem` ('local:settings') and `patternTableItem` ('local:patternTable'). */
const SETTINGS_KEY = 'settings';
const TABLE_KEY = 'patternTable';

const readSettings = async () => withDefaults(await readLocal<Partial<Settings>>(SETTINGS_KEY));

/** The page's declared canonical address, as written; the background decides whether it counts. */
function declaredCanonical(base: string): string | undefined {
  const href =
    document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  try {
    return href ? new URL(href, base).href : undefined;
  } catch {
    return undefined;
  }
}

/** Options for the controller of this frame's body. */
export function contentOptions(root: Element, uiUrl: string, signal: AbortSignal): PageControllerOptions {
  const top = window === window.top;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let rebuildRequests = 0;
  return {
    root,
    url: () => location.href,
    loadTable: async () => (await readLocal<PatternTable | null>(TABLE_KEY)) ?? null,
    watchTable: (cb) => watchLocal<PatternTable | null>(TABLE_KEY, (t) => cb(t ?? null)),
    tableDamaged: () => {
      if (rebuildRequests++ < MAX_REBUILD_REQUESTS)
        void sendToBackground('rebuildTable', {}).catch(() => undefined);
    },
    getDetails: (ids) => sendToBackground('getDetails', { ids }),
    getSettings: readSettings,
    watchSettings: (cb) => watchLocal<Partial<Settings>>(SETTINGS_KEY, (v) => cb(withDefaults(v))),
    isEnabled: (s) => isSiteEnabled(s, location.href),
    openSidePanel: (hash) => sendToBackground('openSidePanel', { hash }),
    // The settings are the background's to write: it checks what a content script may change.
    muteEntry: (id) => sendToBackground('changeSettings', { kind: 'mute', entryId: id }),
    saveClipping: (draft) => sendToBackground('saveClipping', draft),
    clippingsForUrl: (url) =>
      sendToBackground('clippingsForUrl', { url, canonicalUrl: declaredCanonical(url) }),
    report: top
      ? (summary) => {
          // Following a busy page reports at most a few times a second.
          clearTimeout(reportTimer);
          reportTimer = setTimeout(
            () => void sendToBackground('pageScanned', summary).catch(() => undefined),
            REPORT_DELAY_MS,
          );
        }
      : undefined,
    loadUi: extensionUiLoader(uiUrl),
    signal,
  };
}

const COMMANDS = new Set(['toggle-marks', 'next-mark', 'previous-mark', 'save-clipping']);

/** Whether a message to the content script is well-formed; anything else is dropped unanswered. */
export function isValidContentMessage(type: string, payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const p = payload as Record<string, unknown>;
  if (type === 'getPageSummary') return true;
  if (type === 'command') return typeof p.name === 'string' && COMMANDS.has(p.name);
  if (type === 'scrollToMention') {
    return (
      (p.entryId === null || typeof p.entryId === 'string') &&
      typeof p.label === 'string' &&
      Number.isInteger(p.index)
    );
  }
  return false;
}
