import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadPageState, type AskSummary, type PageState } from '../../lib/ui/page-state';
import type { TargetTab } from '../../lib/ui/target-tab';
import type { Settings } from '../../lib/settings/settings';

export interface PageStateOptions {
  /** Resolves the tab to describe; called again whenever the active tab may have changed. */
  resolveTab: () => Promise<TargetTab | null>;
  ask: AskSummary;
  /** Follow tab switches and navigation (the side panel); the popup lives too briefly to need it. */
  follow: boolean;
}

/** How long to wait before asking a freshly loaded page again: its scan starts at document idle. */
const RESCAN_DELAY_MS = 800;

/** The state of the described tab, refreshed when settings change and, if following, when tabs do. */
export function usePageState(settings: Settings | null, options: PageStateOptions): [PageState, () => void] {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const generation = useRef(0);
  const opts = useRef(options);
  opts.current = options;

  const refresh = useCallback(() => {
    if (!settings) return;
    const mine = ++generation.current;
    void (async () => {
      const tab = await opts.current.resolveTab().catch(() => null);
      const next = await loadPageState(
        tab,
        settings,
        opts.current.ask,
        undefined,
        browser.runtime.getURL('/'),
      );
      if (mine === generation.current) setState(next);
      // A page still scanning answers with nothing yet; ask once more shortly after.
      if (next.kind === 'ready' && next.summary.total === 0) {
        setTimeout(() => {
          if (mine !== generation.current) return;
          void loadPageState(tab, settings, opts.current.ask, undefined, browser.runtime.getURL('/')).then(
            (again) => {
              if (mine === generation.current) setState(again);
            },
          );
        }, RESCAN_DELAY_MS);
      }
    })();
  }, [settings]);

  useEffect(refresh, [refresh]);

  useEffect(() => {
    if (!options.follow) return;
    const onActivated = () => refresh();
    const onUpdated = (_id: number, change: { status?: string; url?: string }) => {
      if (change.status === 'complete' || change.url) refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [options.follow, refresh]);

  return [state, refresh];
}
