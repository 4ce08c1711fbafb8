/**
 * Article metadata from a page's JSON-LD blocks. Pages put the article node at the top level, in
 * arrays, or inside `@graph` with authors and publishers as `@id` references; all three are read.
 * Blocks that are not valid JSON are skipped: one broken block must not hide the others.
 */

export interface LinkedMetadata {
  title?: string;
  site?: string;
  author?: string;
  published?: string;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'LiveBlogPosting',
  'SocialMediaPosting',
]);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'Legislation', 'GovernmentService', 'CreativeWork']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: Node): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every node in a parsed block, flattening arrays and `@graph`. */
function collectNodes(value: unknown, into: Node[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isNode(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) collectNodes(value['@graph'], into, depth + 1);
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A name from a string, a node with `name`, an `@id` reference, or a list of those. */
function names(value: unknown, byId: Map<string, Node>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      if (!/^https?:/i.test(item)) out.push(item.trim());
    } else if (isNode(item)) {
      const node =
        typeof item['@id'] === 'string' && item.name === undefined ? (byId.get(item['@id']) ?? item) : item;
      const name = text(node.name);
      if (name) out.push(name);
    }
  }
  return out.filter(Boolean);
}

/** Parses JSON-LD texts and returns the article's title, site, authors and date where declared. */
export function readJsonLd(blocks: string[]): LinkedMetadata {
  const nodes: Node[] = [];
  for (const block of blocks) {
    try {
      collectNodes(JSON.parse(block), nodes);
    } catch {
      // Malformed JSON-LD is common in the wild; it is ignored.
    }
  }
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t))) ??
    nodes.find((n) => typesOf(n).some((t) => PAGE_TYPES.has(t)));
  if (!article) return {};
  const site = names(article.publisher, byId)[0] ?? names(article.isPartOf, byId)[0];
  const authors = names(article.author ?? article.creator, byId);
  return {
    title: text(article.headline) ?? text(article.name),
    site,
    author: authors.length > 0 ? [...new Set(authors)].join('; ') : undefined,
    published: text(article.datePublished) ?? text(article.dateCreated),
  };
}
