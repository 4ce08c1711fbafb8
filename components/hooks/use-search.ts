import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/db';
import type { Clipping } from '../../lib/db/clipping';
import type { Pack } from '../../lib/pack/types';
import type { ResultGroup } from '../../lib/ui/search-view';
import { packSearchFactory } from '../../lib/ui/pack-search';
import type { PackState } from './use-pack';

const readAllClippings = () => getDb().clippings.toArray();

/** Builds a search over the pack and the clippings; called once per pack. */
export type SearchFactory = (pack: Pack, clippings: Clipping[]) => (query: string) => ResultGroup[];

/**
 * The search function once its index is built; null until then. Building waits for the first paint
 * so the page overview is never held up by indexing thousands of clippings.
 */
export function useSearch(
  pack: PackState,
  factory: SearchFactory = packSearchFactory,
  loadClippings: () => Promise<Clipping[]> = readAllClippings,
): ((query: string) => ResultGroup[]) | null {
  const [search, setSearch] = useState<((query: string) => ResultGroup[]) | null>(null);
  useEffect(() => {
    if (pack.status !== 'ready') return;
    let alive = true;
    const timer = setTimeout(() => {
      void loadClippings()
        .catch(() => [] as Clipping[])
        .then((clippings) => {
          if (!alive) return;
          const fn = factory(pack.pack, clippings);
          // A function in state must be wrapped, or Preact would call it as an updater.
          setSearch(() => fn);
        });
    }, 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [pack, factory, loadClippings]);
  return search;
}
