import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  clippingFacets,
  listClippings,
  matchesFilter,
  searchText,
  type ClippingFacets,
  type ClippingFilter,
} from '../../lib/db/clippings';
import type { Clipping } from '../../lib/db/clipping';
import type { BriefLensDB } from '../../lib/db/db';

export interface ClippingsState {
  items: Clipping[];
  facets: ClippingFacets;
  labels: ReadonlyMap<string, string>;
  loading: boolean;
  error?: string;
}

interface Loaded {
  all: Clipping[];
  facets: ClippingFacets;
  labels: ReadonlyMap<string, string>;
  loading: boolean;
  error?: string;
}

const EMPTY: ClippingFacets = { sites: [], tags: [], entryIds: [], total: 0 };

/** Labels of the pack entries and documents that clippings mention. */
async function loadLabels(db: BriefLensDB, ids: string[]): Promise<Map<string, string>> {
  const [entries, documents] = await Promise.all([db.entries.bulkGet(ids), db.documents.bulkGet(ids)]);
  const labels = new Map<string, string>();
  ids.forEach((id, i) => {
    const label = entries[i]?.label ?? documents[i]?.label;
    if (label) labels.set(id, label);
  });
  return labels;
}

/**
 * The clippings matching `filter`, with the filter choices. All clippings are read once (and again
 * when `version` changes, after an edit, delete or import); searching and filtering then work in
 * memory, so typing in a list of 10,000 does not read the database on every keystroke. Each load is
 * recorded as `performance.measure('brief-lens:clippings-load')` for the benchmark.
 */
export function useClippings(db: BriefLensDB, filter: ClippingFilter, version: number): ClippingsState {
  const [loaded, setLoaded] = useState<Loaded>({ all: [], facets: EMPTY, labels: new Map(), loading: true });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const start = performance.now();
      const [all, facets] = await Promise.all([listClippings(db), clippingFacets(db)]);
      const labels = await loadLabels(db, facets.entryIds);
      performance.measure('brief-lens:clippings-load', { start, detail: { count: all.length } });
      if (live) setLoaded({ all, facets, labels, loading: false });
    };
    load().catch((error: unknown) => {
      if (live) setLoaded((s) => ({ ...s, loading: false, error: String(error) }));
    });
    return () => {
      live = false;
    };
  }, [db, version]);

  // Folded search text per clipping, computed once per load rather than once per keystroke.
  const textOf = useMemo(() => {
    const cache = new WeakMap<Clipping, string>();
    return (c: Clipping) => {
      let text = cache.get(c);
      if (text === undefined) cache.set(c, (text = searchText(c)));
      return text;
    };
  }, [loaded.all]);
  const { site, tag, entryId, query } = filter;
  const items = useMemo(() => {
    const keep = matchesFilter({ site, tag, entryId, query }, textOf);
    return site || tag || entryId || query?.trim() ? loaded.all.filter(keep) : loaded.all;
  }, [loaded.all, textOf, site, tag, entryId, query]);
  return {
    items,
    facets: loaded.facets,
    labels: loaded.labels,
    loading: loaded.loading,
    error: loaded.error,
  };
}
