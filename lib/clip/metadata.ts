/**
 * What a clipping records about its page: the canonical address, title, site, author and date.
 * Sources are read from most to least specific: `citation_*` meta (scholarly and many government
 * pages), JSON-LD, Open Graph and `article:*`, other common meta, then the document itself.
 */
import { isoDate } from './date';
import { readJsonLd } from './json-ld';
import { normaliseUrl, siteFromUrl } from './url';

export interface PageMetadata {
  /** The address the page was read at, without fragment or tracking parameters. */
  url: string;
  /** The page's declared canonical address when it is http(s), else `url`. */
  canonicalUrl: string;
  title: string;
  site: string;
  author?: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY). */
  published?: string;
}

const MAX_FIELD = 500;

function clean(value: string | null | undefined): string | undefined {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, MAX_FIELD) : undefined;
}

/** The content of every `<meta>` whose name or property is one of `keys`, in key order. */
function metaAll(doc: Document, keys: string[]): string[] {
  const metas = [...doc.querySelectorAll('meta[content]')];
  const out: string[] = [];
  for (const key of keys) {
    for (const meta of metas) {
      const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase();
      const value = clean(meta.getAttribute('content'));
      if (name === key && value) out.push(value);
    }
  }
  return out;
}

function meta(doc: Document, keys: string[]): string | undefined {
  return metaAll(doc, keys)[0];
}

function canonicalOf(doc: Document, base: string): string | undefined {
  const link = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const candidates = [link, meta(doc, ['og:url'])];
  for (const candidate of candidates) {
    const url = candidate ? normaliseUrl(candidate, base) : null;
    if (url) return url;
  }
  return undefined;
}

/** Authors from meta: several `citation_author` tags are one author each; others may be profile links. */
function metaAuthor(doc: Document): string | undefined {
  const citation = metaAll(doc, ['citation_author', 'dc.creator', 'dcterms.creator']);
  if (citation.length > 0) return [...new Set(citation)].join('; ');
  const other = metaAll(doc, ['article:author', 'author', 'byl', 'parsely-author', 'sailthru.author']);
  return other.find((a) => !/^https?:/i.test(a))?.replace(/^by\s+/i, '');
}

function jsonLdBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? '');
}

/** The metadata of `doc`, read at `location` (the tab's address; defaults to the document's URL). */
export function extractMetadata(doc: Document, location: string = doc.URL): PageMetadata {
  const url = normaliseUrl(location) ?? location;
  const canonicalUrl = canonicalOf(doc, location) ?? url;
  const linked = readJsonLd(jsonLdBlocks(doc));
  const title =
    meta(doc, ['citation_title', 'dc.title']) ??
    clean(linked.title) ??
    meta(doc, ['og:title', 'twitter:title']) ??
    clean(doc.title) ??
    canonicalUrl;
  const site =
    meta(doc, ['citation_journal_title', 'citation_publisher', 'og:site_name']) ??
    clean(linked.site) ??
    meta(doc, ['application-name', 'publisher', 'dc.publisher']) ??
    siteFromUrl(canonicalUrl);
  const author = metaAuthor(doc) ?? clean(linked.author);
  const published = isoDate(
    meta(doc, ['citation_publication_date', 'citation_date', 'citation_online_date']) ??
      linked.published ??
      meta(doc, [
        'article:published_time',
        'og:published_time',
        'dc.date',
        'dcterms.issued',
        'date',
        'pubdate',
        'publishdate',
        'parsely-pub-date',
      ]),
  );
  return {
    url,
    canonicalUrl,
    title,
    site,
    ...(author ? { author: author.slice(0, MAX_FIELD) } : {}),
    ...(published ? { published } : {}),
  };
}
