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
  /** Ids the background was asked for and had nothing on (or could not answer). */
  private readonly missing = new Set<string>();

  constructor(private readonly source: DetailsSource) {}

  /** The details already fetched for an id. */
  peek(id: string): EntryDetails | undefined {
    return this.known.get(id);
  }

  /** The details for an id: undefined while unknown or loading, null once the background had none. */
  lookup(id: string): EntryDetails | null | undefined {
    return this.known.get(id) ?? (this.missing.has(id) && !this.inFlight.has(id) ? null : undefined);
  }

  /**
   * Fetches, in one request, the details of every id not yet known or on its way; ids the background
   * had nothing on are asked again only with `retry`.
   */
  prefetch(ids: Iterable<string>, retry = false): Promise<void> {
    const missing = [...new Set(ids)].filter(
      (id) => !this.known.has(id) && !this.inFlight.has(id) && (retry || !this.missing.has(id)),
    );
    for (const id of missing) this.missing.delete(id);
    const waits = [...new Set(ids)].map((id) => this.inFlight.get(id)).filter((p) => p !== undefined);
    if (missing.length > 0) {
      const request = this.source(missing)
        .then((list) => {
          for (const d of list) this.known.set(d.entryId, d);
        })
        .catch(() => undefined)
        .then(() => {
          for (const id of missing) if (!this.known.has(id)) this.missing.add(id);
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
    if (!this.known.has(id)) await this.prefetch([id], true);
    return this.known.get(id);
  }
}
