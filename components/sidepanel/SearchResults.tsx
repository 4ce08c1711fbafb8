import type { ResultGroup, ResultItem } from '../../lib/ui/search-view';
import { GROUP_ORDER } from '../../lib/ui/search-view';
import { t, type MessageKey } from '../../lib/i18n/i18n';
import { ZhText } from '../common/ZhText';

export interface SearchResultsProps {
  id: string;
  groups: ResultGroup[];
  activeKey: string | null;
  onChoose: (item: ResultItem) => void;
}

const GROUP_LABEL: Record<ResultGroup['kind'], MessageKey> = {
  entry: 'groupTerms',
  document: 'groupDocuments',
  paragraph: 'groupParagraphs',
  clipping: 'groupClippings',
};

/** The option's DOM id, referenced by the search box's `aria-activedescendant`. */
export const optionId = (key: string) => `result-${key.replace(/[^\w-]/g, '_')}`;

/** Search results as a grouped listbox; the search box keeps focus and moves the active option. */
export function SearchResults({ id, groups, activeKey, onChoose }: SearchResultsProps) {
  const shown = [...groups]
    .filter((g) => g.items.length > 0)
    .sort((a, b) => GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind));
  return (
    <div id={id} role="listbox" aria-label={t('searchResults')} class="results">
      {shown.map((g) => (
        <div role="group" key={g.kind} aria-labelledby={`group-${g.kind}`}>
          <div class="group-label" id={`group-${g.kind}`} role="presentation">
            {t(GROUP_LABEL[g.kind])} ({g.items.length})
          </div>
          {g.items.map((item) => (
            <div
              role="option"
              key={item.key}
              id={optionId(item.key)}
              aria-selected={item.key === activeKey}
              data-kind={item.kind}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onChoose(item)}
            >
              <div>
                <ZhText text={item.title} />
              </div>
              {item.detail && (
                <div class="small muted">
                  <ZhText text={item.detail} />
                </div>
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
