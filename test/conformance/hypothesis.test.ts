// @vitest-environment happy-dom
/**
 * Our clipping quotes and anchoring over the Hypothesis client's anchoring fixtures: its range table
 * (each DOM range must be saved as exactly its text and anchored back onto it), its saved pages with
 * their selectors (each quote found again, and each RangeSelector's range saved as that quote), and
 * its quote-matching cases (exact, approximate, context and position tie-breaks, and not found).
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor, type Selectors } from '../../lib/clip/anchor';
import { buildDraft } from '../../lib/clip/draft';
import { buildPageText, type PageText } from '../../lib/clip/page-text';
import { conformance, readJson, readRef } from './shared';

interface RangeSpec {
  startContainer: number | string;
  startOffset: number;
  endContainer: number | string;
  endOffset: number;
  quote: string;
  description: string;
}

interface MatchCase {
  name: string;
  text?: string;
  literalText?: string;
  quote?: string;
  quoteFrom?: string;
  prefix?: string;
  suffix?: string;
  hint?: number;
  expectText?: string;
  expectStart?: number;
  expectNull?: boolean;
}

/** The one range whose expected text ends in a stray paragraph break: we trim white space at a quote's edges. */
const TRIMMED_EXCEPTION = 'No text node at the end and offset 0';

const PAGE = { url: 'https://a.org/p', canonicalUrl: 'https://a.org/p', title: 'T', site: 'S' };

/** Every text node under `root`, in document order (as the fixture's numeric containers count them). */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** A node by the fixtures' simple XPath (`/div[2]/text()[2]`, indices 1-based among like siblings). */
function byPath(root: Node, path: string): Node {
  let node: Node = root;
  for (const step of path.split('/').filter(Boolean)) {
    const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(step)!;
    const name = m[1]!.toLowerCase();
    const index = Number(m[2] ?? 1);
    const like = [...node.childNodes].filter((c) =>
      name === 'text()' ? c.nodeType === 3 : c.nodeType === 1 && (c as Element).localName === name,
    );
    node = like[index - 1]!;
    if (!node) throw new Error(`no ${step} in ${path}`);
  }
  return node;
}

/**
 * A RangeSelector's point: Hypothesis counts its offset in characters of the element's text, not in
 * child nodes. A start lands in the text node the character begins, an end in the one it closes.
 */
function textPoint(el: Node, offset: number, side: 'start' | 'end'): [Node, number] {
  let left = offset;
  for (const node of textNodes(el)) {
    const length = node.data.length;
    if (side === 'start' ? left < length : left <= length) return [node, left];
    left -= length;
  }
  return [el, el.childNodes.length];
}

function container(root: Node, ref: number | string): Node {
  return typeof ref === 'number' ? textNodes(root)[ref]! : byPath(root, ref);
}

function rangeOf(root: Node, s: Omit<RangeSpec, 'quote' | 'description'>): Range {
  const range = document.createRange();
  range.setStart(container(root, s.startContainer), s.startOffset);
  range.setEnd(container(root, s.endContainer), s.endOffset);
  return range;
}

/** Saves a range as a clipping draft would, and anchors the draft back: both texts, and the two spans. */
function saveAndAnchor(text: PageText, range: Range) {
  const span = text.span(range);
  const draft = buildDraft({ text: text.text, ...span, page: PAGE })!;
  const selectors: Selectors = [
    { type: 'TextQuoteSelector', exact: draft.quote, prefix: draft.prefix, suffix: draft.suffix },
    { type: 'TextPositionSelector', start: draft.start, end: draft.end },
  ];
  const found = anchor(text.text, selectors);
  return { draft, found, anchored: found ? text.rangeAt(found.start, found.end).toString() : null };
}

conformance('Hypothesis anchoring fixtures', () => {
  suite('range table (html-test.js rangeSpecs)', () => {
    const specs = readJson<RangeSpec[]>('hypothesis', 'range-specs.json');
    const fixture = readRef('hypothesis', 'html-anchoring-fixture.html');

    it('holds 27 ranges, one of them the named exception', () => {
      expect(specs).toHaveLength(27);
      expect(specs.filter((s) => s.description === TRIMMED_EXCEPTION)).toHaveLength(1);
    });

    it.each(specs.map((s) => [s.description, s] as const))('%s', (_name, spec) => {
      document.body.innerHTML = `<div id="fixture">${fixture}</div>`;
      const root = document.getElementById('fixture')!;
      const text = buildPageText(root);
      const { draft, found, anchored } = saveAndAnchor(text, rangeOf(root, spec));
      if (spec.description === TRIMMED_EXCEPTION) {
        // The expected text ends in "\n\n\n" (the paragraph break after the range); a saved quote
        // never starts or ends in white space, so ours is that text without it.
        expect(spec.quote.endsWith('\n\n\n')).toBe(true);
        expect(draft.quote).toBe(spec.quote.trimEnd());
      } else {
        expect(draft.quote).toBe(spec.quote);
      }
      expect(found?.method).toBe('exact');
      expect(anchored).toBe(draft.quote);
    });
  });

  suite('saved pages with selectors (html-baselines)', () => {
    const pages = ['minimal', 'wikipedia-regression-testing'];
    interface Row {
      id: string;
      target: { selector: ({ type: string } & Record<string, unknown>)[] }[];
    }
    const rows = pages.flatMap((page) =>
      readJson<{ rows: Row[] }>('hypothesis', 'html-baselines', `${page}.json`).rows.map(
        (row) => [`${page}: ${row.id}`, page, row] as const,
      ),
    );

    it('holds 6 annotations over 2 pages', () => expect(rows).toHaveLength(6));

    it.each(rows)('%s', (_name, page, row) => {
      // The page's body, set as the body of the test document (nothing is loaded or run).
      const html = readRef('hypothesis', 'html-baselines', `${page}.html`);
      const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1]!;
      document.body.innerHTML = body.replace(/<link\b[^>]*>/gi, '');
      const doc = document;
      const text = buildPageText(doc.body);
      const selectors = row.target[0]!.selector;
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')! as unknown as Selectors[0];
      const position = selectors.find((s) => s.type === 'TextPositionSelector')! as unknown as Selectors[1];
      const rangeSel = selectors.find((s) => s.type === 'RangeSelector')! as unknown as RangeSpec;
      // Their selectors find the quote on our text, exactly.
      const found = anchor(text.text, [quote, position]);
      expect(found?.method).toBe('exact');
      expect(text.text.slice(found!.start, found!.end)).toBe(quote.exact);
      // Their DOM range, saved by us, is that quote, and anchors back onto it.
      const range = doc.createRange();
      range.setStart(
        ...textPoint(byPath(doc.body, rangeSel.startContainer as string), rangeSel.startOffset, 'start'),
      );
      range.setEnd(
        ...textPoint(byPath(doc.body, rangeSel.endContainer as string), rangeSel.endOffset, 'end'),
      );
      const saved = saveAndAnchor(text, range);
      expect(saved.draft.quote).toBe(quote.exact);
      expect(saved.anchored).toBe(quote.exact);
    });
  });

  suite('quote matching (match-quote-test.js)', () => {
    const { fixtures, cases } = readJson<{ fixtures: Record<string, string>; cases: MatchCase[] }>(
      'hypothesis',
      'match-quote.json',
    );

    it('holds 18 cases', () => expect(cases).toHaveLength(18));

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const text = c.literalText ?? fixtures[c.text!]!;
      const exact = c.quote ?? fixtures[c.quoteFrom!]!;
      const start = c.hint ?? 0;
      const found = anchor(text, [
        { type: 'TextQuoteSelector', exact, prefix: c.prefix ?? '', suffix: c.suffix ?? '' },
        { type: 'TextPositionSelector', start, end: start + Array.from(exact).length },
      ]);
      if (c.expectNull) {
        expect(found).toBeNull();
        return;
      }
      expect(found).not.toBeNull();
      if (c.expectText !== undefined) expect(text.slice(found!.start, found!.end)).toBe(c.expectText);
      if (c.expectStart !== undefined) expect(found!.start).toBe(c.expectStart);
    });
  });
});
