// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSkipped } from './dom-rules';

/** The element, parsed by happy-dom and by linkedom (the scan command's DOM). */
function els(html: string): Element[] {
  const host = document.createElement('div');
  host.innerHTML = html;
  const { document: other } = parseHTML(`<html><body>${html}</body></html>`);
  return [host.firstElementChild!, other.body.firstElementChild!];
}

describe('isSkipped', () => {
  it('decides by tag and by the attributes that hide or hand text to the user', () => {
    const cases: [string, boolean][] = [
      ['<p>x</p>', false],
      ['<p class="a" id="b">x</p>', false],
      ['<a href="/x" class="c">x</a>', false],
      ['<p class="a" hidden>x</p>', true],
      ['<div data-x="1" data-brief-lens>x</div>', true],
      ['<p contenteditable>x</p>', true],
      ['<p contenteditable="true">x</p>', true],
      ['<p contenteditable="plaintext-only">x</p>', true],
      ['<p contenteditable="false">x</p>', false],
      ['<p class="a" style="color: red; DISPLAY : none">x</p>', true],
      ['<span style="visibility:hidden">x</span>', true],
      ['<span style="visibility: visible">x</span>', false],
      ['<p aria-hidden="true">x</p>', false],
      ['<script>x</script>', true],
      ['<code class="c">x</code>', true],
    ];
    for (const [html, skipped] of cases) {
      for (const el of els(html)) expect([html, isSkipped(el)]).toEqual([html, skipped]);
    }
  });
});
