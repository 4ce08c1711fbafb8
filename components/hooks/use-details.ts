import { useMemo } from 'preact/hooks';
import { entryDetails } from '../../lib/pack/details';
import type { EntryDetails } from '../../lib/messaging/protocol';
import type { PackState } from './use-pack';

/** A details lookup over the pack read from Dexie, memoised per entry for the life of the pack. */
export function useDetails(pack: PackState): (id: string) => EntryDetails | null {
  return useMemo(() => {
    const cache = new Map<string, EntryDetails | null>();
    return (id: string) => {
      if (pack.status !== 'ready') return null;
      if (!cache.has(id)) cache.set(id, entryDetails(pack.pack, id) ?? null);
      return cache.get(id) ?? null;
    };
  }, [pack]);
}
