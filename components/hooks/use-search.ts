import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/db';
import type { Clipping } from '../../lib/db/clipping';
import type { Pack } from '../../lib/pack/types';
import type { ResultGroup } from '../../lib/ui/search-view';
import type { UiSearch } from '../../lib/ui/pack-search';
import type { PackState } from './use-pack';

/** Builds a search over the pack; clippings are added to it afterwards. */
export type SearchFactory = (pack: Pack) => UiSearch | Promise<UiSearch>;

// minisearch and the Chinese converter are most of the panel's code: loaded after the first paint.
const loadSearchFactory: SearchFactory = async (pack) =>
  (await import('../../lib/ui/pack-search')).packSearchFactory(pack);

/** Clippings indexed per slice of work: a few tens of milliseconds, so typing stays responsive. */
const BATCH = 200;
const readAllClippings = () => getDb().clippings.toArray();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The search function: null until `start` (the page overview has been shown, so indexing never
 * delays it), then over the pack at once, with the user's clippings joining batch by batch. Each
 * batch gives a new function, so results on screen refresh as clippings arrive.
 */
export function useSearch(
  pack: PackState,
  start: boolean,
  factory: SearchFactory = loadSearchFactory,
  loadClippings: () => Promise<Clipping[]> = readAllClippings,
): ((query: string) => ResultGroup[]) | null {
  const [search, setSearch] = useState<((query: string) => ResultGroup[]) | null>(null);
  useEffect(() => {
    if (pack.status !== 'ready' || !start) return;
    let alive = true;
    const publish = (ui: UiSearch) => {
      // A function in state must be wrapped, or Preact would call it as an updater.
      if (alive) setSearch(() => (q: string) => ui.search(q));
    };
    void (async () => {
      await nextTask();
      if (!alive) return;
      const ui = await factory(pack.pack);
      if (!alive) return;
      publish(ui);
      const clippings = await loadClippings().catch(() => [] as Clipping[]);
      for (let i = 0; i < clippings.length && alive; i += BATCH) {
        await nextTask();
        ui.addClippings(clippings.slice(i, i + BATCH));
      }
      if (clippings.length > 0) publish(ui);
    })();
    return () => {
      alive = false;
    };
  }, [pack, start, factory, loadClippings]);
  return search;
}
