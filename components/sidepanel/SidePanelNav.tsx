import type { SidePanelRoute } from '../../lib/messaging/protocol';
import { t, type MessageKey } from '../../lib/i18n/i18n';

const TABS: { view: 'home' | 'brief' | 'clippings'; hash: string; label: MessageKey }[] = [
  { view: 'home', hash: '#', label: 'navPage' },
  { view: 'brief', hash: '#brief', label: 'navBrief' },
  { view: 'clippings', hash: '#clippings', label: 'navClippings' },
];

/** The side panel's sections as links: the page, the brief, the clippings. */
export function SidePanelNav({ route }: { route: SidePanelRoute }) {
  const current = route.view === 'para' ? 'brief' : route.view;
  return (
    <nav aria-label={t('navLabel')}>
      {TABS.map((tab) => (
        <a key={tab.view} href={tab.hash} aria-current={current === tab.view ? 'page' : undefined}>
          {t(tab.label)}
        </a>
      ))}
    </nav>
  );
}
