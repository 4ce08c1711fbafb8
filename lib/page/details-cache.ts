/**
 * Entry details for cards, fetched from the background in one message per scan and kept for the
 * page's life, so a card opens at once even when the service worker has gone to sleep meanwhile.
 */
import type { EntryDetails } from '../messaging/protocol';

export type DetailsSource = (ids: string[]) => Promise<EntryDetails[]>;

/** A per-page cache over a details source. */
export class DetailsCache {
  private readonly known = new Map<string, EntryDetails>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly source: DetailsSource) {}

  /** The details already fetched for an id. */
  peek(id: string): EntryDetails | undefined {
    return this.known.get(id);
  }

  /** Fetches, in one request, the details of every id not yet known or on its way. */
  prefetch(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id) && !this.inFlight.has(id));
    const waits = [...new Set(ids)].map((id) => this.inFlight.get(id)).filter((p) => p !== undefined);
    if (missing.length > 0) {
      const request = this.source(missing)
        .then((list) => {
          for (const d of list) this.known.set(d.entryId, d);
        })
        .catch(() => undefined)
        .finally(() => {
          for (const id of missing) this.inFlight.delete(id);
        });
      for (const id of missing) this.inFlight.set(id, request);
      waits.push(request);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** The details of one id, fetching them if needed; undefined if the background has none. */
  async get(id: string): Promise<EntryDetails | undefined> {
    if (!this.known.has(id)) await this.prefetch([id]);
    return this.known.get(id);
  }
}
