/**
 * What the background answers: details for cards, clippings saved and found again, side panel routes,
 * settings changes and table repairs. Each handler takes its dependencies as arguments so tests can run
 * it without a browser. A content script speaks for a page that may be hostile: what it may ask is
 * decided here, from the sender the browser reports (sender.ts), not from what the message says.
 */
import type { BriefLensDB } from '../db/db';
import type { BackgroundProtocol, EntryDetails, StoredClippingView } from '../messaging/protocol';
import type { Pack } from '../pack/types';
import type { Handlers } from '../platform/messages';
import { entryDetails } from '../pack/details';
import { clippingsForPdf, clippingsForUrl, saveClipping } from '../db/clippings';
import { openSidePanel } from '../platform/side-panel';
import { applyChange, type SettingsChange } from '../settings/changes';
import type { Settings } from '../settings/settings-core';
import {
  fromExtensionPage,
  fromReader,
  isSendersPage,
  readerPdfUrl,
  senderPageUrl,
  trustedCanonical,
} from './sender';
import { recordSummary } from './tab-state';

export interface BackgroundDeps {
  db: () => BriefLensDB;
  pack: () => Pack;
  /** The extension's own origin with a trailing slash (`browser.runtime.getURL('/')`). */
  extensionOrigin: string;
  updateSettings: (change: (s: Settings) => Partial<Settings>) => Promise<unknown>;
  /** Compiles and stores the table again if the stored one is damaged or missing. */
  repairTable: () => Promise<void>;
}

/** Details for each known id, in the order asked; unknown ids are left out. */
export function detailsFor(pack: Pack, ids: string[]): EntryDetails[] {
  const out: EntryDetails[] = [];
  for (const id of new Set(ids)) {
    const d = entryDetails(pack, id);
    if (d) out.push(d);
  }
  return out;
}

/** Whether a sender may make a settings change: our pages any, a content script only muting a known entry. */
export function mayChange(change: SettingsChange, fromOurPage: boolean, pack: Pack): boolean {
  if (fromOurPage) return true;
  return change.kind === 'mute' && pack.entries.some((e) => e.id === change.entryId);
}

/** The handlers for every message in `BackgroundProtocol`. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  return {
    ping: () => ({ ok: true, packVersion: deps.pack().version }),
    pageScanned: async (summary, sender) => {
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0)
        await recordSummary(sender.tab.id, summary);
    },
    getDetails: ({ ids }) => detailsFor(deps.pack(), ids),
    saveClipping: ({ pdf, ...draft }, sender) => {
      // Our reader speaks for the PDF it shows; only it may place a clipping in a PDF.
      const reader = readerPdfUrl(sender, deps.extensionOrigin);
      const page = senderPageUrl(sender) ?? reader;
      if (!page || !isSendersPage(draft.url, page))
        return { ok: false, error: 'Not saved: the clipping is not from the page that sent it.' };
      return saveClipping(deps.db(), {
        ...draft,
        url: page,
        canonicalUrl: reader ? page : trustedCanonical(draft.canonicalUrl, page),
        ...(reader && pdf ? { pdf } : {}),
      });
    },
    clippingsForUrl: ({ canonicalUrl }, sender): Promise<StoredClippingView[]> | [] => {
      const page = senderPageUrl(sender) ?? readerPdfUrl(sender, deps.extensionOrigin);
      if (!page) return [];
      return clippingsForUrl(deps.db(), page, trustedCanonical(canonicalUrl, page));
    },
    clippingsForPdf: ({ fingerprint }, sender): Promise<StoredClippingView[]> | [] =>
      fromReader(sender, deps.extensionOrigin) ? clippingsForPdf(deps.db(), fingerprint) : [],
    openSidePanel: async ({ hash }, sender) => {
      const where = await openSidePanel(sender.tab?.id, undefined, hash);
      return { ok: where === 'panel' || where === 'tab' };
    },
    changeSettings: async (change, sender) => {
      if (!mayChange(change, fromExtensionPage(sender, deps.extensionOrigin), deps.pack()))
        return { ok: false };
      await deps.updateSettings((s) => applyChange(s, change));
      return { ok: true };
    },
    rebuildTable: async () => {
      await deps.repairTable();
      return { ok: true };
    },
  };
}
