/**
 * The page controller's sources inside a content script: the pattern table and settings from
 * extension storage, details, clippings and the side panel through the background, and the summary
 * reported by the top frame only (the background keeps the top frame's summary for the badge and popup;
 * a frame's marks are its own).
 */

import { extractMetadata } from '../clip/metadata';
import { sendToBackground } from '../platform/messages';
import { patternTableItem } from '../platform/stored-table';
import { getSettings, isSiteEnabled, updateSettings, watchSettings } from '../settings/settings';
import type { PageControllerOptions } from './options';

const REPORT_DELAY_MS = 250;

/** Options for the controller of this frame's body. */
export function contentOptions(root: Element, signal: AbortSignal): PageControllerOptions {
  const top = window === window.top;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    root,
    url: () => location.href,
    loadTable: () => patternTableItem.getValue(),
    watchTable: (cb) => patternTableItem.watch((t) => cb(t)),
    getDetails: (ids) => sendToBackground('getDetails', { ids }),
    getSettings,
    watchSettings,
    isEnabled: (s) => isSiteEnabled(s, location.href),
    openSidePanel: (hash) => sendToBackground('openSidePanel', { hash }),
    muteEntry: (id) => updateSettings((s) => ({ muted: s.muted.includes(id) ? s.muted : [...s.muted, id] })),
    saveClipping: (draft) => sendToBackground('saveClipping', draft),
    clippingsForUrl: (url) =>
      sendToBackground('clippingsForUrl', { url, canonicalUrl: extractMetadata(document, url).canonicalUrl }),
    report: top
      ? (summary) => {
          // Following a busy page reports at most a few times a second.
          clearTimeout(reportTimer);
          reportTimer = setTimeout(() => void sendToBackground('pageScanned', summary).catch(() => undefined), REPORT_DELAY_MS);
        }
      : undefined,
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

