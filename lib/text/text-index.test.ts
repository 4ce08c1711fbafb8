// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextIndex, TextIndexBuilder } from './text-index';

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

  it('does not throw on deep nesting, empty roots or a bare text node', () => {
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(buildTextIndex(dom(html)).text).toBe('deep\n');
    expect(buildTextIndex(dom('')).text).toBe('');
    expect(buildTextIndex(document.createTextNode('x')).text).toBe('x\n');
    expect(buildTextIndex(document.createElement('div')).rangeAt(0, 5).collapsed).toBe(true);
  });
});
