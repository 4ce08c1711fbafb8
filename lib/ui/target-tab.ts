/**
 * Which tab the popup or side panel is about. A `?tab=ID` query parameter names it outright: tests
 * open these pages as ordinary tabs, which have no active tab of their own to describe, and it is
 * harmless for users. Without it, the popup takes the active tab of the last focused window and the
 * side panel the active tab of the window it lives in.
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  windowId: number;
  url: string;
  title: string;
}

/** The tab id pinned by `?tab=ID`, if any. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

function toTarget(
  tab: { id?: number; windowId?: number; url?: string; title?: string } | undefined,
): TargetTab | null {
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, windowId: tab.windowId ?? -1, url: tab.url ?? '', title: tab.title ?? '' };
}

/** Resolves the tab to describe: the pinned one, else the active tab of `windowId` or of the last focused window. */
export async function resolveTargetTab(search: string, windowId?: number): Promise<TargetTab | null> {
  const pinned = pinnedTabId(search);
  if (pinned !== null) {
    try {
      return toTarget(await browser.tabs.get(pinned));
    } catch {
      return null;
    }
  }
  const query =
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId };
  const [tab] = await browser.tabs.query(query);
  return toTarget(tab);
}
