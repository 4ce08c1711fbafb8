import type { EntryDetails, MentionSummary } from '../../lib/messaging/protocol';
import type { PageState } from '../../lib/ui/page-state';
import { groupMentions, mentionKey } from '../../lib/ui/mentions';
import type { Settings } from '../../lib/settings/settings';
import { t } from '../../lib/i18n/i18n';
import { SiteSwitch } from '../common/SiteSwitch';
import { StateNotice } from '../common/StateNotice';
import { MentionItem } from './MentionItem';

export interface PageOverviewProps {
  state: PageState;
  settings: Settings | null;
  getDetails: (id: string) => EntryDetails | null;
  onScroll: (mention: MentionSummary, index: number) => void;
  onReload: () => void;
  readHref?: (paragraphId: string) => string;
  entryHref?: (id: string) => string;
  external?: boolean;
}

/** What the described tab mentions, grouped into terms and documents, or why there is nothing to list. */
export function PageOverview(props: PageOverviewProps) {
  const { state, settings } = props;
  const tab = state.kind === 'loading' || state.kind === 'no-tab' ? null : state.tab;
  const groups = state.kind === 'ready' ? groupMentions(state.summary.mentions) : null;
  return (
    <section class="overview" aria-labelledby="overview-heading">
      <div class="spread">
        <h2 id="overview-heading">{t('onThisPage')}</h2>
        {state.kind === 'ready' && state.summary.total > 0 && (
          <span class="muted small" data-total={state.summary.total}>
            {t('mentionTotal', { n: state.summary.total })}
          </span>
        )}
      </div>
      {tab && <p class="small muted page-title">{tab.title || tab.url}</p>}
      {tab && settings && state.kind !== 'restricted' && <SiteSwitch url={tab.url} settings={settings} />}
      <StateNotice state={state} onReload={props.onReload} />
      {groups &&
        (
          [
            ['groupTerms', groups.terms],
            ['groupDocuments', groups.documents],
          ] as const
        ).map(
          ([title, list]) =>
            list.length > 0 && (
              <section key={title} aria-label={t(title)}>
                <h3>
                  {t(title)} <span class="count">{list.length}</span>
                </h3>
                <ul class="plain">
                  {list.map((m) => (
                    <MentionItem
                      key={mentionKey(m)}
                      mention={m}
                      getDetails={props.getDetails}
                      onScroll={props.onScroll}
                      readHref={props.readHref}
                      entryHref={props.entryHref}
                      external={props.external}
                    />
                  ))}
                </ul>
              </section>
            ),
        )}
    </section>
  );
}
