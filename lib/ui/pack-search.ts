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

/** Builds the search index and returns a function from a query to display groups. */
export function packSearchFactory(pack: Pack, clippings: Clipping[]): (query: string) => ResultGroup[] {
  const search = createSearch(pack, clippings);
  return (query) =>
    search.search(query, { limit: RESULTS_PER_GROUP }).groups.map((g) => ({
      kind: g.kind,
      items: g.hits.map((hit) => ({
        key: `${hit.kind}-${hit.id}`,
        kind: hit.kind,
        ref: hit.id,
        title: hit.title,
        detail: hit.detail,
        route: routeOf(hit),
      })),
    }));
}
