import { useCallback, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { resolveTargetTab } from '../../lib/ui/target-tab';
import { openSidePanel } from '../../lib/platform/side-panel';
import type { AskSummary } from '../../lib/ui/page-state';
import { t } from '../../lib/i18n/i18n';
import { useSettings } from '../hooks/use-settings';
import { usePack } from '../hooks/use-pack';
import { askTab, useScrollToMention } from '../hooks/use-tab-messages';
import { useDetails } from '../hooks/use-details';
import { usePageState } from '../hooks/use-page-state';
import { PageOverview } from '../overview/PageOverview';
import { PdfButtons } from '../pdf/PdfButtons';

export interface PopupAppProps {
  /** `location.search` of the popup, for `?tab=ID`. */
  search?: string;
  ask?: AskSummary;
}

const panelHref = (hash: string) => browser.runtime.getURL(`/sidepanel.html${hash}`);

/** The toolbar popup: what the active tab mentions, the site switch, and the way to the side panel. */
export function PopupApp({ search = location.search, ask = askTab }: PopupAppProps) {
  const settings = useSettings();
  const pack = usePack();
  const getDetails = useDetails(pack);
  const options = useMemo(
    () => ({ resolveTab: () => resolveTargetTab(search), ask, follow: false }),
    [search, ask],
  );
  const [state, refresh] = usePageState(settings, options);
  const tab = state.kind === 'loading' || state.kind === 'no-tab' ? null : state.tab;

  const onScroll = useScrollToMention(tab?.id);
  const onReload = useCallback(() => {
    if (!tab) return;
    void browser.tabs.reload(tab.id).then(() => setTimeout(refresh, 1500));
  }, [tab, refresh]);
  // Opens the side panel at a route. No await may come first: the browser wants the click's gesture.
  // Where no panel can open, the lead's helper opens the same view in a tab instead.
  const openPanel = (hash: string) => {
    void openSidePanel(undefined, tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT, hash).then(() =>
      window.close(),
    );
  };
  // Links into the side panel (*Read in brief*) open the panel rather than a page.
  const onClickCapture = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href]');
    const href = a?.getAttribute('href') ?? '';
    if (!href.startsWith(panelHref(''))) return;
    e.preventDefault();
    openPanel(href.slice(panelHref('').length));
  };

  return (
    <main class="popup" onClickCapture={onClickCapture}>
      <div class="spread">
        <h1>{t('extName')}</h1>
        <div class="row">
          <button type="button" class="primary" onClick={() => openPanel('')}>
            {t('openSidePanel')}
          </button>
          <button
            type="button"
            onClick={() => void browser.runtime.openOptionsPage()}
            aria-label={t('openOptions')}
          >
            ⚙
          </button>
        </div>
      </div>
      {/* In the reader already: only "Open a PDF file…" is offered. */}
      <PdfButtons tab={state.kind === 'ready' && state.reader ? null : tab} />
      <PageOverview
        state={state}
        settings={settings}
        getDetails={getDetails}
        onScroll={onScroll}
        onReload={onReload}
        readHref={(id) => panelHref(`#para/${encodeURIComponent(id)}`)}
        external
      />
    </main>
  );
}
