/**
 * One search over the pack (entries, documents, the brief's paragraphs) and the user's clippings,
 * built on minisearch. Queries may be English (typos tolerated), simplified or traditional Chinese, or
 * pinyin with or without tones and spaces. Results come grouped by kind, each group ranked.
 *
 * @example
 * const search = createSearch(pack, clippings);
 * search.search('jie bang').groups; // [{ kind: 'entry', hits: [{ id: 'unveiling-the-list', … }] }, …]
 * search.addClipping(saved); search.removeClipping(id);
 * // With thousands of clippings on a page that must stay responsive:
 * const search = await PackSearch.build(pack, clippings);
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Clipping } from '../db/clipping';
import type { Pack } from '../pack/types';
import { hasHan, matchKey, processTerm, squash, toSimplified, tokenize } from './normalise';
import { clippingRecord, packRecords, type SearchKind, type SearchRecord } from './records';

export type { SearchKind } from './records';

export interface SearchHit {
  kind: SearchKind;
  /** The entry, document, paragraph or clipping id. */
  id: string;
  /** Entry or document label, section title of a paragraph, or a clipping's page title. */
  title: string;
  /** Chinese form and pinyin of an entry, or the start of a paragraph's or clipping's text. */
  detail?: string;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

export interface SearchResults {
  query: string;
  /** Non-empty groups in the order entry, document, paragraph, clipping; hits best first. */
  groups: SearchGroup[];
  /** Hits across all groups, best first, before the per-group limit (at most the best 300). */
  top: SearchHit[];
}

export interface SearchOptions {
  /** Most hits per group (default 10). */
  limit?: number;
  /** Only these kinds (default all). */
  kinds?: SearchKind[];
}

export const KIND_ORDER: readonly SearchKind[] = ['entry', 'document', 'paragraph', 'clipping'];
// Entries and documents are what a short query usually means; passages and clippings support them.
const KIND_BOOST: Record<SearchKind, number> = { entry: 1.6, document: 1.4, paragraph: 1, clipping: 1 };
const HAN_TERM = /\p{Script=Han}/u;
const MAX_RANKED = 300;

type Meta = Pick<SearchRecord, 'kind' | 'ref' | 'title' | 'detail' | 'keys'>;

// Only what ranking and display need is kept beside the index, not the indexed text itself.
const toMeta = ({ kind, ref, title, detail, keys }: SearchRecord): Meta => ({
  kind,
  ref,
  title,
  detail,
  keys,
});

/** The search index over a pack and clippings; clippings can be added and removed one at a time. */
export class PackSearch {
  private readonly mini: MiniSearch<SearchRecord>;
  private readonly meta = new Map<string, Meta>();

  constructor(pack: Pack, clippings: Iterable<Clipping> = []) {
    this.mini = PackSearch.emptyIndex();
    this.addAll(packRecords(pack));
    this.addAll([...clippings].map(clippingRecord));
  }

  /**
   * Builds the search without holding the thread for long: clippings are indexed in chunks that yield
   * to the event loop, for pages that must stay responsive with thousands of clippings.
   */
  static async build(pack: Pack, clippings: Iterable<Clipping> = [], chunkSize = 500): Promise<PackSearch> {
    const search = new PackSearch(pack);
    const records = [...clippings].map(clippingRecord);
    for (const r of records) search.meta.set(r.id, toMeta(r));
    await search.mini.addAllAsync(records, { chunkSize });
    return search;
  }

  private static emptyIndex(): MiniSearch<SearchRecord> {
    return new MiniSearch<SearchRecord>({
      fields: ['names', 'zh', 'pinyin', 'body', 'tags'],
      tokenize,
      processTerm,
      searchOptions: {
        boost: { names: 3, zh: 3, pinyin: 2.5, tags: 1.2, body: 1 },
        // Typo tolerance only for Latin words long enough to carry it; Chinese pairs match exactly.
        fuzzy: (term) => (HAN_TERM.test(term) || term.length < 4 ? false : term.length < 6 ? 1 : 0.2),
        prefix: (term) => HAN_TERM.test(term) || term.length >= 3,
      },
    });
  }

  /** Number of clippings currently indexed. */
  get clippingCount(): number {
    let n = 0;
    for (const m of this.meta.values()) if (m.kind === 'clipping') n++;
    return n;
  }

  /** Adds a clipping, or replaces it if one with the same id is indexed. */
  addClipping(clipping: Clipping): void {
    const record = clippingRecord(clipping);
    if (this.mini.has(record.id)) this.mini.replace(record);
    else this.mini.add(record);
    this.meta.set(record.id, toMeta(record));
  }

  /** Removes a clipping by id; unknown ids are ignored. */
  removeClipping(id: string): void {
    const key = `clipping:${id}`;
    if (!this.mini.has(key)) return;
    this.mini.discard(key);
    this.meta.delete(key);
  }

  /** Searches everything indexed; an empty query gives empty results. */
  search(query: string, options: SearchOptions = {}): SearchResults {
    const text = toSimplified(query.trim());
    const empty = { query, groups: [], top: [] };
    if (!text) return empty;
    const kinds = options.kinds ? new Set(options.kinds) : undefined;
    const raw = this.mini.search(buildQuery(text), {
      boostDocument: (id) => KIND_BOOST[this.meta.get(id as string)?.kind ?? 'clipping'],
      filter: kinds ? (r) => kinds.has(this.meta.get(r.id as string)?.kind ?? 'clipping') : undefined,
    });
    const top = this.rank(raw, matchKey(text));
    const limit = options.limit ?? 10;
    const groups = KIND_ORDER.map((kind) => ({
      kind,
      hits: top.filter((h) => h.kind === kind).slice(0, limit),
    })).filter((g) => g.hits.length > 0);
    return { query, groups, top };
  }

  private addAll(records: SearchRecord[]): void {
    this.mini.addAll(records);
    for (const r of records) this.meta.set(r.id, toMeta(r));
  }

  /** Turns minisearch results into hits, lifting exact name matches above partial ones. */
  private rank(raw: SearchResult[], key: string): SearchHit[] {
    // minisearch returns results best first. Only the first few hundred are ranked further: nobody reads
    // past them, and exact-name bonuses matter for entries and documents, which rank near the top anyway.
    const hits = raw.slice(0, MAX_RANKED).flatMap((r) => {
      const m = this.meta.get(r.id as string);
      if (!m) return [];
      let score = r.score;
      if (key && m.keys.includes(key)) score *= 4;
      else if (key.length >= 3 && m.keys.some((k) => k.startsWith(key))) score *= 1.5;
      return [{ kind: m.kind, id: m.ref, title: m.title, detail: m.detail, score }];
    });
    return hits.sort((a, b) => b.score - a.score);
  }
}

/** The query tree: the words as typed, plus for romanised text the squashed form against pinyin. */
function buildQuery(text: string): Query {
  const squashed = hasHan(text) ? '' : squash(text);
  if (squashed.length < 2 || squashed === text.toLowerCase()) return text;
  return {
    combineWith: 'OR',
    queries: [
      text,
      { queries: [squashed], fields: ['pinyin'], prefix: true, fuzzy: false, combineWith: 'OR' },
    ],
  };
}

/** Builds the search over a pack and any clippings already stored. */
export function createSearch(pack: Pack, clippings: Iterable<Clipping> = []): PackSearch {
  return new PackSearch(pack, clippings);
}
