/**
 * Reading the evaluation set (test/eval/README.md): its pages, their metadata and their labelled spans, with
 * each span's place in the text index's flat text. Shared by `npm run eval` and the format test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TextIndex } from '../../lib/text/text-index';

export type LabelKind = 'must' | 'may' | 'not';

/** Classes of `must` (and `may`) spans, as the README lists them. */
export const MUST_CLASSES = [
  'exact',
  'short-form',
  'acronym',
  'zh-contraction',
  'variant',
  'word-order',
  'inflection',
  'hyphenation',
  'line-end-hyphen',
  'cjk-quotes',
  'mixed-script',
  'regional',
  'gated-headline',
  'gated-kicker',
  'gated-caption',
  'gated-table',
  'gated-glossary',
  'dated-rule',
  'document-title',
  'document-short',
  'document-number',
  'document-generic',
] as const;

/** Classes of `not` spans. */
export const NOT_CLASSES = [
  'lookalike-context',
  'lookalike-inside-word',
  'lookalike-region',
  'lookalike-acronym',
  'lookalike-slogan',
  'lookalike-title',
  'lookalike-date',
  'lookalike-word',
] as const;

export const LANGS = ['en', 'zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK', 'bilingual'] as const;
export const GENRES = [
  'wire',
  'think-tank',
  'magazine',
  'news',
  'gov-notice',
  'tw-paper',
  'hk-paper',
  'glossary',
];
export const NEGATIVE_GENRES = [
  'shopping',
  'sport',
  'university',
  'shipping',
  'astronomy',
  'taiwan-government',
  'hk-government',
];

/** The `data-entry` word that stands for a document reference the pack does not know. */
export const UNKNOWN_DOCUMENT = 'null';

export interface PageFile {
  /** File name without `.html`. */
  name: string;
  path: string;
  negative: boolean;
}

/** A labelled span, located in the flat text of the page's text index. */
export interface Label {
  kind: LabelKind;
  /** Accepted entry ids; null is a document reference the pack does not know. */
  entries: (string | null)[];
  cls: string;
  text: string;
  start: number;
  end: number;
  element: Element;
}

/** The pages of an evaluation set: `pages/*.html`, then `negative/*.html`, each sorted by name. */
export function listPages(dir: string): PageFile[] {
  const out: PageFile[] = [];
  for (const [sub, negative] of [
    ['pages', false],
    ['negative', true],
  ] as const) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      out.push({ name: basename(file, '.html'), path: join(folder, file), negative });
    }
  }
  return out;
}

export function readPage(page: PageFile): string {
  return readFileSync(page.path, 'utf8');
}

/** A page's `<meta name="eval-…">` value, or null. */
export function pageMeta(document: Document, name: 'eval-lang' | 'eval-genre'): string | null {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() || null;
}

/** The labelled elements of a document, in document order. */
export function labelElements(document: Document): Element[] {
  return [...document.querySelectorAll('[data-eval]')];
}

/** The entry ids a label accepts, as written (`null` for an unknown document). */
export function labelEntries(el: Element): (string | null)[] {
  const words = (el.getAttribute('data-entry') ?? '').split(/\s+/).filter(Boolean);
  return words.map((w) => (w === UNKNOWN_DOCUMENT ? null : w));
}

function textNodesOf(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  return out;
}

/**
 * Locates every label in the flat text of `index`. A label whose text the index does not read (inside a
 * skipped element, or empty) is returned in `unplaced`, so that the caller can say so rather than lose it.
 */
export function placeLabels(document: Document, index: TextIndex): { labels: Label[]; unplaced: Element[] } {
  const position = new Map<Text, number>();
  index.nodes.forEach((node, i) => position.set(node, i));
  const labels: Label[] = [];
  const unplaced: Element[] = [];
  for (const el of labelElements(document)) {
    const placed = textNodesOf(el)
      .map((n) => position.get(n))
      .filter((i): i is number => i !== undefined);
    if (placed.length === 0) {
      unplaced.push(el);
      continue;
    }
    const first = placed[0]!;
    const last = placed[placed.length - 1]!;
    const start = index.starts[first]!;
    const end = index.starts[last]! + index.nodes[last]!.data.length;
    if (end <= start) {
      unplaced.push(el);
      continue;
    }
    labels.push({
      kind: el.getAttribute('data-eval') as LabelKind,
      entries: labelEntries(el),
      cls: el.getAttribute('data-class') ?? '',
      text: index.text.slice(start, end),
      start,
      end,
      element: el,
    });
  }
  return { labels, unplaced };
}
