/**
 * The side panel: a search box over everything, and below it the view the route names — the current
 * page's overview (home), search results, an entry, the brief reader, or the clippings.
 */
import type { ComponentChild } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageSummary } from '../../lib/messaging/protocol';
import { pinnedTabId, resolveTargetTab } from '../../lib/ui/target-tab';
import type { AskSummary } from '../../lib/ui/page-state';
import { flatItems, type ResultItem } from '../../lib/ui/search-view';
import { t } from '../../lib/i18n/i18n';
import { getDb } from '../../lib/db/db';
import type { Clipping } from '../../lib/db/clipping';
import { useSettings } from '../hooks/use-settings';
import { usePack } from '../hooks/use-pack';
import { askTab, useScrollToMention } from '../hooks/use-tab-messages';
import { useDetails } from '../hooks/use-details';
import { usePageState } from '../hooks/use-page-state';
import { useRoute } from '../hooks/use-route';
import { useSearch, type SearchFactory } from '../hooks/use-search';
import { PageOverview } from '../overview/PageOverview';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { EntryView } from './EntryView';
import { BriefReader } from './BriefReader';
import { SidePanelNav } from './SidePanelNav';
import { clippingSourceUrl } from '../../lib/pdf/source';
import { PdfButtons } from '../pdf/PdfButtons';

export interface SidePanelAppProps {
  /** `location.search`, for `?tab=ID`. */
  search?: string;
  ask?: AskSummary;
  makeSearch?: SearchFactory;
  /**
   * The Clippings tab: the clippings panel, passed in by the entry point (tests pass their own). It is
   * given the current page's summary (which names its clippings not found) and a way to ask again.
   */
  renderClippings: (
    onOpen: (clipping: Clipping) => void,
    page?: PageSummary,
    refreshPage?: () => void,
  ) => ComponentChild;
}

const LIST_ID = 'search-results';

export function SidePanelApp({
  search = location.search,
  ask = askTab,
  makeSearch,
  renderClippings,
}: SidePanelAppProps) {
  const settings = useSettings();
  const pack = usePack();
  const getDetails = useDetails(pack);
  const [route, go] = useRoute();
  const windowId = useRef<number | undefined>(undefined);
  const options = useMemo(
    () => ({
      resolveTab: async () => {
        // The panel belongs to one window and follows that window's active tab.
        if (windowId.current === undefined && pinnedTabId(search) === null) {
          try {
            windowId.current = (await browser.windows.getCurrent()).id;
          } catch {
            // No window (a test, or Firefox's sidebar mid-close): the last focused window will do.
          }
        }
        return resolveTargetTab(search, windowId.current);
      },
      ask,
      follow: true,
    }),
    [search, ask],
  );
  const [state, refreshPage] = usePageState(settings, options);
  const tab = state.kind === 'loading' || state.kind === 'no-tab' ? null : state.tab;
  // The index is built once the overview has answered, so it never holds the overview up.
  const runSearch = useSearch(pack, state.kind !== 'loading', makeSearch);

  const query = route.view === 'search' ? route.query : '';
  const [typed, setTyped] = useState(query);
  const startedAt = useRef<number | null>(null);
  useEffect(() => setTyped(query), [query]);
  const groups = useMemo(() => (runSearch && typed.trim() ? runSearch(typed) : []), [runSearch, typed]);
  const items = useMemo(() => flatItems(groups), [groups]);
  const [active, setActive] = useState(-1);
  useEffect(() => setActive(-1), [groups]);

  // Record each keystroke's cost, from the input event to the committed results, for the benchmark.
  useLayoutEffect(() => {
    if (startedAt.current === null) return;
    performance.measure('brief-lens:search', {
      start: startedAt.current,
      detail: { query: typed, results: items.length },
    });
    startedAt.current = null;
  }, [items, typed]);
  // The overview's first answer (whatever it says) is the moment the panel is useful.
  const overviewShown = useRef(false);
  useEffect(() => {
    if (overviewShown.current || state.kind === 'loading') return;
    overviewShown.current = true;
    performance.mark('brief-lens:overview');
  }, [state]);

  const onInput = (value: string, at: number) => {
    startedAt.current = at;
    setTyped(value);
    go(value.trim() ? { view: 'search', query: value } : { view: 'home' }, true);
  };
  // A clipping opens where it was clipped; everything else opens in the panel.
  const openClipping = useCallback(
    (c: Clipping) =>
      void browser.tabs.create({
        url: clippingSourceUrl(c, browser.runtime.getURL as (path: string) => string),
      }),
    [],
  );
  const choose = (item: ResultItem) => {
    if (item.kind !== 'clipping') return go(item.route);
    void getDb()
      .clippings.get(item.ref)
      .then((c) => (c ? openClipping(c) : go(item.route)));
  };
  const onScroll = useScrollToMention(tab?.id);
  const onReload = useCallback(() => {
    if (tab) void browser.tabs.reload(tab.id);
  }, [tab]);
  const onPage = (id: string) =>
    state.kind === 'ready' ? state.summary.mentions.find((m) => m.entryId === id) : undefined;
  const entryHref = (id: string) => `#entry/${encodeURIComponent(id)}`;

  // Moving to a new view puts keyboard users at its heading rather than at the top of the document.
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (route.view === 'entry') mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [route]);

  let view;
  if (route.view === 'search') {
    view =
      typed.trim() && items.length === 0 && runSearch ? (
        <p role="status">{t('noResults', { q: typed })}</p>
      ) : null;
  } else if (route.view === 'clippings') {
    view = renderClippings(openClipping, state.kind === 'ready' ? state.summary : undefined, refreshPage);
  } else if (route.view === 'home') {
    view = (
      <>
        {/* The panel stays open: the reader opens in the tab, or a new one for a file. */}
        <PdfButtons tab={state.kind === 'ready' && state.reader ? null : tab} done={() => undefined} />
        <PageOverview
          state={state}
          settings={settings}
          getDetails={getDetails}
          onScroll={onScroll}
          onReload={onReload}
          entryHref={entryHref}
        />
      </>
    );
  } else if (pack.status !== 'ready') {
    view = <p role="status">{t(pack.status === 'loading' ? 'stateLoading' : 'packMissing')}</p>;
  } else if (route.view === 'entry') {
    view = (
      <EntryView
        pack={pack.pack}
        details={getDetails(route.id)}
        onPage={onPage(route.id)}
        onScroll={onScroll}
      />
    );
  } else {
    view = <BriefReader pack={pack.pack} target={route.view === 'para' ? route.id : undefined} />;
  }

  return (
    <div class="panel">
      <header>
        <h1>{t('extName')}</h1>
        <div role="search">
          <SearchBox
            value={typed}
            listId={LIST_ID}
            items={items}
            active={active}
            onInput={onInput}
            onActive={setActive}
            onChoose={choose}
          />
        </div>
        <SidePanelNav route={route} />
      </header>
      <main ref={mainRef}>
        {route.view === 'search' && items.length > 0 && (
          <SearchResults
            id={LIST_ID}
            groups={groups}
            activeKey={items[active]?.key ?? null}
            onChoose={choose}
          />
        )}
        {view}
      </main>
    </div>
  );
}
