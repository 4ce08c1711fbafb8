import type { ResultItem } from '../../lib/ui/search-view';
import { moveActive } from '../../lib/ui/search-view';
import { t } from '../../lib/i18n/i18n';
import { optionId } from './SearchResults';

export interface SearchBoxProps {
  value: string;
  listId: string;
  items: ResultItem[];
  active: number;
  onInput: (value: string, startedAt: number) => void;
  onActive: (index: number) => void;
  onChoose: (item: ResultItem) => void;
}

/**
 * The search field, as a combobox over the results listbox: typing searches, arrows move the active
 * result, Enter opens it, Escape clears. Focus stays in the field the whole time.
 */
export function SearchBox({ value, listId, items, active, onInput, onActive, onChoose }: SearchBoxProps) {
  const activeItem = active >= 0 ? items[active] : undefined;
  const expanded = value.trim() !== '' && items.length > 0;
  const onKeyDown = (e: KeyboardEvent) => {
    const next = moveActive(e.key, e.ctrlKey || e.metaKey, active, items.length);
    if (next !== null) {
      e.preventDefault();
      onActive(next);
      document.getElementById(optionId(items[next]!.key))?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      const item = activeItem ?? items[0];
      if (item) {
        e.preventDefault();
        onChoose(item);
      }
    } else if (e.key === 'Escape' && value) {
      e.preventDefault();
      onInput('', e.timeStamp);
    }
  };
  return (
    <>
      <label for="search" class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="search"
        class="search-input"
        type="search"
        role="combobox"
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        aria-activedescendant={activeItem ? optionId(activeItem.key) : undefined}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value, e.timeStamp)}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
