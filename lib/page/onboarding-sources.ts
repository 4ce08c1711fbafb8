/**
 * The page controller's sources on the onboarding page, an extension page where no content script runs:
 * the pack it carries for details, the table from extension storage (or compiled here on a first run
 * before the background wrote it), the settings, and the side panel opened directly from the click.
 */
import { browser } from 'wxt/browser';
import { loadPack } from '../../data';
import { compileTable } from '../match/table';
import { entryDetails } from '../pack/details';
import type { EntryDetails } from '../messaging/protocol';
import { openSidePanel } from '../platform/side-panel';
import { patternTableItem } from '../platform/stored-table';
import { getSettings, updateSettings, watchSettings } from '../settings/settings';
import type { PageControllerOptions } from './options';

/** Options for marking the sample article on the onboarding page. */
export function onboardingOptions(root: Element): PageControllerOptions {
  const pack = loadPack();
  return {
    root,
    url: () => location.href,
    loadTable: async () => (await patternTableItem.getValue()) ?? compileTable(pack),
    watchTable: (cb) => patternTableItem.watch((t) => cb(t)),
    getDetails: async (ids) => ids.map((id) => entryDetails(pack, id)).filter((d): d is EntryDetails => !!d),
    getSettings,
    watchSettings,
    // The sample is there to be tried: site lists do not apply to it.
    isEnabled: (s) => s.enabled,
    openSidePanel: async (hash) => {
      const tab = await browser.tabs.getCurrent();
      return openSidePanel(tab?.id, tab?.windowId, hash);
    },
    // An extension page can load the card code as an ordinary chunk of its own.
    loadUi: () => import('./page-ui').then((m) => m.pageUi),
    muteEntry: (id) => updateSettings((s) => ({ muted: s.muted.includes(id) ? s.muted : [...s.muted, id] })),
  };
}
