import { t } from '../../lib/i18n/i18n';
import type { ClippingFacets, ClippingFilter } from '../../lib/db/clippings';

interface Props {
  filter: ClippingFilter;
  facets: ClippingFacets;
  labels: ReadonlyMap<string, string>;
  onChange: (filter: ClippingFilter) => void;
}

function Choice(props: {
  label: string;
  value?: string;
  options: [string, string][];
  onPick: (v?: string) => void;
}) {
  return (
    <label class="clip-field">
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onPick(e.currentTarget.value || undefined)}>
        <option value="">{t('clipFilterAll')}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search by word and filter by site, tag or entry. */
export function ClippingFilters({ filter, facets, labels, onChange }: Props) {
  const entries = facets.entryIds
    .map((id): [string, string] => [id, labels.get(id) ?? id])
    .sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <div class="clip-filters" role="search">
      <label class="clip-field clip-search">
        {t('clipSearchLabel')}
        <input
          type="search"
          value={filter.query ?? ''}
          placeholder={t('clipSearchPlaceholder')}
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
      <Choice
        label={t('clipFilterSite')}
        value={filter.site}
        options={facets.sites.map((s) => [s, s])}
        onPick={(site) => onChange({ ...filter, site })}
      />
      <Choice
        label={t('clipFilterTag')}
        value={filter.tag}
        options={facets.tags.map((t) => [t, t])}
        onPick={(tag) => onChange({ ...filter, tag })}
      />
      <Choice
        label={t('clipFilterEntry')}
        value={filter.entryId}
        options={entries}
        onPick={(entryId) => onChange({ ...filter, entryId })}
      />
    </div>
  );
}
