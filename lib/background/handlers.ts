/**
 * What the background answers: details for cards, clippings saved and found again, side panel routes.
 * Each handler takes its dependencies as arguments so tests can run it without a browser.
 */
import type { BriefLensDB } from '../db/db';
import type { BackgroundProtocol, EntryDetails, StoredClippingView } from '../messaging/protocol';
import type { Pack } from '../pack/types';
import type { Handlers } from '../platform/messages';
import { entryDetails } from '../pack/details';
import { clippingsForUrl, saveClipping } from '../db/clippings';
import { openSidePanel } from '../platform/side-panel';
import { recordSummary } from './tab-state';

export interface BackgroundDeps {
  db: () => BriefLensDB;
  pack: () => Pack;
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

/** The handlers for every message in `BackgroundProtocol`. */
export function backgroundHandlers(deps: BackgroundDeps): Handlers<BackgroundProtocol> {
  return {
    ping: () => ({ ok: true, packVersion: deps.pack().version }),
    pageScanned: async (summary, sender) => {
      if (sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0)
        await recordSummary(sender.tab.id, summary);
    },
    getDetails: ({ ids }) => detailsFor(deps.pack(), ids),
    saveClipping: (draft) => saveClipping(deps.db(), draft),
    clippingsForUrl: ({ url, canonicalUrl }): Promise<StoredClippingView[]> =>
      clippingsForUrl(deps.db(), url, canonicalUrl),
    openSidePanel: async ({ hash }, sender) => {
      const where = await openSidePanel(sender.tab?.id, undefined, hash);
      return { ok: where === 'panel' || where === 'tab' };
    },
  };
}
