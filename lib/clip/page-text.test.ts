// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anchor } from './anchor';
import { buildDraft } from './draft';
import { buildPageText } from './page-text';

const PAGE = { url: 'https://a.org/p', canonicalUrl: 'https://a.org/p', title: 'T', site: 'S' };

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

function draftOf(range: Range) {
  const text = buildPageText(document.body);
  return buildDraft({ text: text.text, ...text.span(range), page: PAGE })!;
}

describe('the text a reader selects', () => {
  test('keeps code, kbd, samp, var and button, which term matching skips', () => {
    document.body.innerHTML =
      '<p>Vestibulum erat wisi, condimentum sed, <code>commodo vitae</code>, ornare <kbd>Ctrl</kbd>' +
      ' <samp>ok</samp> <var>x</var> <button>Go</button> sit amet.</p>';
    const p = document.querySelector('p')!;
    const draft = draftOf(select(p.firstChild!, 22, p.lastChild!, 10));
    expect(draft.quote).toBe('condimentum sed, commodo vitae, ornare Ctrl ok x Go sit amet.');
  });

  test('reads time, label and img inline, with no line breaks added', () => {
    document.body.innerHTML =
      '<p>Announced on <time datetime="2024-03-05">March 5</time> the <label>plan</label> <img alt="x"> went on.</p>';
    const p = document.querySelector('p')!;
    const draft = draftOf(select(p.firstChild!, 10, p.lastChild!, 9));
    expect(draft.quote).toBe('on March 5 the plan  went on.');
  });

  test('separates blocks the markup runs together, and only those', () => {
    document.body.innerHTML =
      '<p>First para.</p><p>Second <b>one</b>.</p><ul><li>a</li><li>b</li></ul>\n<p>Spaced</p>';
    expect(buildPageText(document.body).text).toBe('First para.\nSecond one.\na\nb\nSpaced');
    const ps = document.querySelectorAll('p');
    const draft = draftOf(select(ps[0]!.firstChild!, 6, ps[1]!.firstChild!, 6));
    expect(draft.quote).toBe('para.\nSecond');
  });

  test('leaves out script, style and our own UI', () => {
    document.body.innerHTML =
      '<p>One <script>var x = 1;</script><style>p{}</style>two <span data-brief-lens>card</span>three</p>';
    const text = buildPageText(document.body, { skip: (el) => el.hasAttribute('data-brief-lens') });
    expect(text.text).toBe('One two three');
  });

  test('counts positions in code points and never cuts context inside a surrogate pair', () => {
    document.body.innerHTML = `<p>${'𠀀'.repeat(40)}健全新型举国体制${'😀'.repeat(40)}</p>`;
    const node = document.querySelector('p')!.firstChild!;
    const draft = draftOf(select(node, 80, node, 88));
    expect(draft.quote).toBe('健全新型举国体制');
    expect([draft.start, draft.end]).toEqual([40, 48]);
    expect(draft.prefix).toBe('𠀀'.repeat(32));
    expect(draft.suffix).toBe('😀'.repeat(32));
  });

  test('any selection is saved as its own text and anchored back onto the same nodes (property)', () => {
    document.body.innerHTML =
      '<h2>Head</h2><p>Alpha <code>beta()</code> <em>gamma</em> 𠀀 delta</p><ul><li>epsilon</li><li>zeta eta</li></ul><p>theta <button>iota</button> kappa</p>';
    const text = buildPageText(document.body);
    const n = text.nodes.length;
    fc.assert(
      fc.property(fc.nat(n - 1), fc.nat(n - 1), fc.nat(20), fc.nat(20), (a, b, x, y) => {
        const [i, j] = a <= b ? [a, b] : [b, a];
        const start = Math.min(x, text.nodes[i]!.data.length);
        const end = Math.min(y, text.nodes[j]!.data.length);
        const range = select(text.nodes[i]!, start, text.nodes[j]!, i === j ? Math.max(start, end) : end);
        const draft = buildDraft({ text: text.text, ...text.span(range), page: PAGE });
        const selected = range.toString();
        if (!draft) {
          expect(selected.trim().replace(/[\uD800-\uDFFF]/g, '')).toBe('');
          return;
        }
        // The quote is the selected text, its edges' white space trimmed (and a split pair made whole),
        // with a line break where a block edge had no white space (the markup here has no line breaks).
        const bare = (q: string) => q.replace(/[\uD800-\uDFFF\n]/g, '');
        expect(bare(draft.quote)).toBe(bare(selected.trim()));
        const found = anchor(text.text, [
          { type: 'TextQuoteSelector', exact: draft.quote, prefix: draft.prefix, suffix: draft.suffix },
          { type: 'TextPositionSelector', start: draft.start, end: draft.end },
        ])!;
        expect(found.method).toBe('exact');
        expect(text.text.slice(found.start, found.end)).toBe(draft.quote);
        expect(bare(text.rangeAt(found.start, found.end).toString())).toBe(bare(draft.quote));
      }),
    );
  });
});
