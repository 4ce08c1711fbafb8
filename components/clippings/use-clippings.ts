import { useEffect, useState } from 'preact/hooks';
import {
  clippingFacets,
  listClippings,
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

/** The clippings matching `filter`, with the filter choices; reloads when `version` changes. */
export function useClippings(db: BriefLensDB, filter: ClippingFilter, version: number): ClippingsState {
  const [state, setState] = useState<ClippingsState>({
    items: [],
    facets: EMPTY,
    labels: new Map(),
    loading: true,
  });
  const { site, tag, entryId, query } = filter;
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [items, facets] = await Promise.all([
        listClippings(db, { site, tag, entryId, query }),
        clippingFacets(db),
      ]);
      const labels = await loadLabels(db, facets.entryIds);
      if (live) setState({ items, facets, labels, loading: false });
    };
    load().catch((error: unknown) => {
      if (live) setState((s) => ({ ...s, loading: false, error: String(error) }));
    });
    return () => {
      live = false;
    };
  }, [db, site, tag, entryId, query, version]);
  return state;
}
