// @vitest-environment happy-dom
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, TextIndexBuilder, type TextBlock, type TextIndex } from './text-index';
import { buildReferenceIndex, type ReferenceIndex } from './text-index-reference';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

describe('buildTextIndex', () => {
  it('joins inline elements and separates blocks', () => {
    const root = dom(
      '<p>new <em>nat</em>ional sys<wbr>tem</p><p>second<br>line</p><ul><li>a</li><li>b</li></ul>',
    );
    const index = buildTextIndex(root);
    expect(index.text).toBe('new national system\nsecond line\na\nb\n');
    expect(index.blocks.map((b) => index.text.slice(b.start, b.end))).toEqual([
      'new national system',
      'second line',
      'a',
      'b',
    ]);
    expect((index.blocks[0]!.element as Element).tagName).toBe('P');
  });

  it('skips scripts, form fields, code, hidden content and our own UI, but not aria-hidden', () => {
    const root = dom(
      '<p>one</p><script>two</script><textarea>three</textarea><code>four</code><p hidden>five</p>' +
        '<p style="display: none">six</p><div data-brief-lens><p>seven</p></div><p contenteditable="true">eight</p>' +
        '<p aria-hidden="true">nine</p><ruby>漢<rt>han</rt></ruby>',
    );
    const index = buildTextIndex(root);
    expect(index.text.split('\n').filter(Boolean)).toEqual(['one', 'nine', '漢']);
  });

  it('honours an extra skip rule', () => {
    const root = dom('<p>keep</p><p class="x">drop</p>');
    expect(buildTextIndex(root, { skip: (el) => el.classList.contains('x') }).text).toBe('keep\n');
  });

  it('reads line breaks inside text nodes as spaces, keeping offsets', () => {
    const root = dom('<p>unveiling the\nlist</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('unveiling the list\n');
    expect(index.rangeAt(3, 18).toString()).toBe('eiling the\nlist');
  });

  it('maps offsets to DOM positions and builds ranges across inline elements', () => {
    const root = dom('<p>new <em>national</em> system</p><p>next</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('national');
    expect(index.rangeAt(0, index.text.indexOf('\n')).toString()).toBe('new national system');
    const pos = index.toDomPosition(start);
    expect(pos?.node.data).toBe('national');
    expect(pos?.offset).toBe(0);
    // The separator maps forward to the next block, or back to the end of the previous one.
    const sep = index.text.indexOf('\n');
    expect(index.toDomPosition(sep, 'start')?.node.data).toBe('next');
    expect(index.toDomPosition(sep, 'end')?.node.data).toBe(' system');
  });

  it('maps offsets the same whatever order they are asked in', () => {
    const root = dom('<p>a<b>bc</b>d</p><p>ef<i>g</i></p><p>h</p>'.repeat(20));
    const index = buildTextIndex(root);
    const offsets = [...Array(index.text.length + 2).keys()];
    const key = (o: number, a: 'start' | 'end') => {
      const p = index.toDomPosition(o, a);
      return p ? `${index.nodes.indexOf(p.node)}:${p.offset}` : 'null';
    };
    for (const a of ['start', 'end'] as const) {
      // Reference: each offset asked of a fresh index (no earlier answer to start from).
      const ascending = offsets.map((o) => {
        const p = buildTextIndex(root).toDomPosition(o, a);
        return p ? `${index.nodes.indexOf(p.node)}:${p.offset}` : 'null';
      });
      for (const o of offsets) expect(key(o, a)).toBe(ascending[o]);
      const shuffled = offsets.map((o) => (o * 37) % offsets.length);
      for (const o of shuffled) expect(key(o, a)).toBe(ascending[o]);
      for (const o of [...offsets].reverse()) expect(key(o, a)).toBe(ascending[o]);
    }
  });

  it('records links with their text spans', () => {
    const root = dom('<p>see <a href="https://example.org/x">the <b>plan</b></a> now</p>');
    const index = buildTextIndex(root);
    expect(index.links).toHaveLength(1);
    expect(index.text.slice(index.links[0]!.start, index.links[0]!.end)).toBe('the plan');
  });

  it('gives the same result built step by step', () => {
    const root = dom('<div><p>a<b>b</b>c</p><p>d</p></div>'.repeat(50));
    const whole = buildTextIndex(root);
    const builder = new TextIndexBuilder(root);
    let steps = 0;
    while (!builder.step(3)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.finish().text).toBe(whole.text);
  });

  it('gives the same index when steps join the text piecemeal', () => {
    // Enough text nodes that the builder joins its parts between steps.
    const root = dom('<div><p>a<b>b</b>c<br>x</p><p>d</p></div>'.repeat(800));
    const whole = buildTextIndex(root);
    const builder = new TextIndexBuilder(root);
    while (!builder.step(7));
    const stepped = builder.finish();
    expect(stepped.text).toBe(whole.text);
    expect(stepped.starts).toEqual(whole.starts);
    expect(stepped.blocks.map((b) => [b.start, b.end])).toEqual(whole.blocks.map((b) => [b.start, b.end]));
    expect(stepped.rangeAt(3, 20).toString()).toBe(whole.rangeAt(3, 20).toString());
  });

  it('closes a block where it ends now when the page changed between steps', () => {
    const root = dom('<p>a</p><span></span>b');
    const builder = new TextIndexBuilder(root);
    // The root and the <p>: the next step starts inside the <p>, whose end was the <span>.
    expect(builder.step(2)).toBe(false);
    root.querySelector('span')!.remove();
    while (!builder.step(1));
    const index = builder.finish();
    expect(index.text).toBe('a\nb\n');
    expect(index.blocks.map((b) => (b.element as Element).localName)).toEqual(['p', 'div']);
  });

  it('does not throw on deep nesting, empty roots or a bare text node', () => {
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(buildTextIndex(dom(html)).text).toBe('deep\n');
    expect(buildTextIndex(dom('')).text).toBe('');
    expect(buildTextIndex(document.createTextNode('x')).text).toBe('x\n');
    expect(buildTextIndex(document.createElement('div')).rangeAt(0, 5).collapsed).toBe(true);
  });
});

/** A DOM tree as data, so that fast-check can shrink it; `render` makes it in a given document. */
type Tree =
  | { kind: 'text'; data: string; cdata: boolean }
  | { kind: 'comment' }
  | { kind: 'el'; tag: string; attrs: [string, string][]; upper: boolean; children: Tree[] };

const TAGS = [
  'span',
  'em',
  'b',
  'a',
  'p',
  'div',
  'li',
  'h2',
  'td',
  'br',
  'wbr',
  'img',
  'script',
  'code',
  'style',
];
const ATTRS: [string, string][][] = [
  [],
  [],
  [['class', 'x']],
  [['href', '/x']],
  [['hidden', '']],
  [['style', 'display:none']],
  [['style', 'color: red']],
  [['style', 'Visibility : HIDDEN']],
  [['contenteditable', 'true']],
  [['contenteditable', 'false']],
  [['contenteditable', '']],
  [['data-brief-lens', '']],
  [
    ['class', 'y'],
    ['id', 'z'],
  ],
];

const tree = fc.letrec<{ node: Tree; el: Tree }>((tie) => ({
  node: fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.stringMatching(/^[ab \n\r]{0,4}$/), fc.boolean())
        .map(([data, cdata]): Tree => ({ kind: 'text', data, cdata })),
    },
    { weight: 1, arbitrary: fc.constant<Tree>({ kind: 'comment' }) },
    { weight: 4, arbitrary: tie('el') },
  ),
  el: fc.record({
    kind: fc.constant('el' as const),
    tag: fc.constantFrom(...TAGS),
    attrs: fc.constantFrom(...ATTRS),
    upper: fc.boolean(),
    children: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
  }),
}));

function isHtml(doc: Document): boolean {
  return doc.createElement('P').localName === 'p';
}

function render(doc: Document, t: Tree): Node {
  // CDATA sections exist only outside HTML documents.
  if (t.kind === 'text') {
    return t.cdata && !isHtml(doc) ? doc.createCDATASection(t.data) : doc.createTextNode(t.data);
  }
  if (t.kind === 'comment') return doc.createComment('c');
  // An upper-case local name (an element made outside the HTML namespace) reads by its lower-case tag.
  const el = t.upper ? doc.createElementNS(null, t.tag.toUpperCase()) : doc.createElement(t.tag);
  for (const [name, value] of t.attrs) el.setAttribute(name, value);
  for (const child of t.children) el.appendChild(render(doc, child));
  return el;
}

/** Builds with small random budgets; also checks that no step reads more than its budget of text nodes. */
function stepped(
  make: () => { step(b: number): boolean },
  budgets: number[],
): { steps: number; budget: number } {
  const builder = make();
  let steps = 0;
  let budget = 0;
  for (let done = false; !done; steps++) {
    const b = budgets[steps % budgets.length]!;
    budget += b;
    done = builder.step(b);
  }
  return { steps, budget };
}

function same(index: TextIndex, ref: ReferenceIndex): void {
  expect(index.text).toBe(ref.text);
  expect(index.nodes.length).toBe(ref.nodes.length);
  index.nodes.forEach((n, i) => expect(n).toBe(ref.nodes[i]));
  expect(index.starts).toEqual(ref.starts);
  const block = (b: TextBlock) => [b.start, b.end, b.element];
  expect(index.blocks.length).toBe(ref.blocks.length);
  index.blocks.forEach((b, i) => expect(block(b)).toEqual(block(ref.blocks[i]!)));
  index.blocks.forEach((b, i) => expect(b.element).toBe(ref.blocks[i]!.element));
  expect(index.links.length).toBe(ref.links.length);
  index.links.forEach((l, i) => {
    expect([l.start, l.end]).toEqual([ref.links[i]!.start, ref.links[i]!.end]);
    expect(l.element).toBe(ref.links[i]!.element);
  });
  // The lookups are made from nodes, starts and the lengths read: each node's end maps to itself.
  ref.nodes.forEach((node, i) => {
    const end = index.toDomPosition(ref.starts[i]! + ref.lengths[i]!, 'end');
    expect(end?.node).toBe(node);
    expect(end?.offset).toBe(ref.lengths[i]);
  });
}

describe('TextIndexBuilder against the reference builder', () => {
  const documents: [string, () => Document][] = [
    ['happy-dom', () => document],
    ['happy-dom XML', () => document.implementation.createDocument(null, 'r')],
    ['linkedom', () => parseHTML('<!doctype html><html><body></body></html>').document],
  ];
  for (const [name, makeDocument] of documents) {
    it(`gives the same index on random DOMs (${name})`, () => {
      const doc = makeDocument();
      fc.assert(
        fc.property(
          fc.array(tree.node, { maxLength: 6 }),
          fc.constantFrom('div', 'p', 'a', 'script', 'text', 'fragment', 'document'),
          fc.boolean(),
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
          (children, rootKind, skipY, budgets) => {
            let root: Node;
            if (rootKind === 'text') root = doc.createTextNode('r\n');
            else if (rootKind === 'fragment') root = doc.createDocumentFragment();
            else if (rootKind === 'document') root = doc.documentElement;
            else root = doc.createElement(rootKind);
            if (rootKind === 'document') (root as Element).replaceChildren();
            for (const child of children) if (rootKind !== 'text') root.appendChild(render(doc, child));
            if (rootKind === 'document') root = doc;
            const options = skipY ? { skip: (el: Element) => el.getAttribute('class') === 'y' } : undefined;
            const ref = buildReferenceIndex(root, options);
            same(buildTextIndex(root, options), ref);
            const builder = new TextIndexBuilder(root, options);
            const { steps, budget } = stepped(() => builder, budgets);
            same(builder.finish(), ref);
            // Steps stay short: a step reads at most its budget of text nodes.
            expect(budget).toBeGreaterThanOrEqual(ref.nodes.length);
            expect(steps).toBeGreaterThan(0);
          },
        ),
        { numRuns: 400 },
      );
    });
  }
});
