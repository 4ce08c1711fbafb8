/** Adapts `lib/search` (the one search over pack and clippings) to the side panel's result view. */
import type { Clipping } from '../db/clipping';
import type { Pack } from '../pack/types';
import { createSearch, type SearchHit } from '../search/search';
import type { SidePanelRoute } from '../messaging/protocol';
import type { ResultGroup } from './search-view';

/** Most results shown per group: enough to choose from, few enough to arrow through. */
export const RESULTS_PER_GROUP = 8;

function routeOf(hit: SearchHit): SidePanelRoute {
  switch (hit.kind) {
    case 'entry':
    case 'document':
      return { view: 'entry', id: hit.id };
    case 'paragraph':
      return { view: 'para', id: hit.id };
    default:
      return { view: 'clippings' };
  }
}

/** A search over the pack to which clippings are added in batches, so indexing never freezes the page. */
export interface UiSearch {
  search: (query: string) => ResultGroup[];
  addClippings: (clippings: readonly Clipping[]) => void;
}

/** Builds the search index over the pack; clippings are added afterwards with `addClippings`. */
export function packSearchFactory(pack: Pack): UiSearch {
  const index = createSearch(pack, []);
  return {
    addClippings: (clippings) => clippings.forEach((c) => index.addClipping(c)),
    search: (query) =>
      index.search(query, { limit: RESULTS_PER_GROUP }).groups.map((g) => ({
        kind: g.kind,
        items: g.hits.map((hit) => ({
          key: `${hit.kind}-${hit.id}`,
          kind: hit.kind,
          ref: hit.id,
          title: hit.title,
          detail: hit.detail,
          route: routeOf(hit),
        })),
      })),
  };
}
