import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../lib/db/db';
import { readPack } from '../../lib/db/pack-queries';
import type { Pack } from '../../lib/pack/types';

export type PackState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; pack: Pack };

/** The pack as the background seeded it into Dexie; `missing` before the first seed has finished. */
export function usePack(read: () => Promise<Pack | null> = () => readPack(getDb())): PackState {
  const [state, setState] = useState<PackState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    read().then(
      (pack) => alive && setState(pack ? { status: 'ready', pack } : { status: 'missing' }),
      () => alive && setState({ status: 'missing' }),
    );
    return () => {
      alive = false;
    };
    // The reader is fixed for the life of a page.
  }, []);
  return state;
}
