import type { ClippingFacets, ClippingFilter } from '../../lib/db/clippings';

interface Props {
  filter: ClippingFilter;
  facets: ClippingFacets;
  labels: ReadonlyMap<string, string>;
  onChange: (filter: ClippingFilter) => void;
}

function Choice(props: { label: string; value?: string; options: [string, string][]; onPick: (v?: string) => void }) {
  return (
    <label class="clip-field">
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onPick(e.currentTarget.value || undefined)}>
        <option value="">All</option>
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
        Search clippings
        <input
          type="search"
          value={filter.query ?? ''}
          placeholder="Words in quote, note, title or tags"
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </label>
      <Choice label="Site" value={filter.site} options={facets.sites.map((s) => [s, s])} onPick={(site) => onChange({ ...filter, site })} />
      <Choice label="Tag" value={filter.tag} options={facets.tags.map((t) => [t, t])} onPick={(tag) => onChange({ ...filter, tag })} />
      <Choice label="Entry" value={filter.entryId} options={entries} onPick={(entryId) => onChange({ ...filter, entryId })} />
    </div>
  );
}
