// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileTable } from './table';
import { createEngine } from './engine';
import { blocksToRescan } from './incremental';
import { testPack } from './test-pack';

const engine = createEngine(compileTable(testPack()));

function page(html: string): HTMLElement {
  document.head.innerHTML = '<style>.gone{display:none}</style>';
  document.body.innerHTML = html;
  return document.body;
}

describe('engine in a DOM with style', () => {
  it('builds ranges over the matched page text and drops CSS-hidden mentions', () => {
    const root = page('<p>Beijing’s <em>new national</em> system</p><p class="gone">new national system</p>');
    const { index, mentions } = engine.scanRoot(root);
    expect(mentions).toHaveLength(1);
    expect(index.rangeAt(mentions[0]!.start, mentions[0]!.end).toString()).toBe('new national system');
  });

  it('scans asynchronously with the same result, and stops when aborted', async () => {
    const root = page('<p>NSWN and 揭榜挂帅 in China.</p>'.repeat(400));
    const sync = engine.scanRoot(root).mentions;
    const async = await engine.scanRootAsync(root, { sliceMs: 1 });
    expect(async.mentions).toEqual(sync);
    const controller = new AbortController();
    controller.abort();
    await expect(engine.scanRootAsync(root, { signal: controller.signal })).rejects.toBeTruthy();
  });

  it('rescans only the changed blocks, never our own UI', async () => {
    const root = page('<p id="a">nothing yet</p><p id="b">NSWN</p>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((rs) => records.push(...rs));
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    document.querySelector('#a')!.append(document.createElement('em'));
    document.querySelector('#a em')!.textContent = '揭榜挂帅';
    const ui = document.createElement('div');
    ui.setAttribute('data-brief-lens', '');
    ui.textContent = '新型举国体制';
    root.append(ui);
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    const blocks = blocksToRescan(records);
    expect(blocks.map((b) => b.id)).toEqual(['a']);
    const [scan] = engine.rescanBlocks(blocks);
    expect(scan!.mentions.map((m) => m.entryId)).toEqual(['unveiling-the-list']);
    expect(engine.rescanBlocks([ui])).toEqual([]);
  });

  it('does not rescan a block for added or removed nodes that hold no indexed text', async () => {
    const root = page('<p id="a">NSWN<span hidden>x</span></p><script>1</script><!-- c -->');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((rs) => records.push(...rs));
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    root.append(
      document.createElement('script'),
      document.createElement('iframe'),
      document.createComment('x'),
    );
    root.querySelector('script')!.remove();
    document.querySelector('#a span')!.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(blocksToRescan(records)).toEqual([]);
    root.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(blocksToRescan(records)).toEqual([root]);
  });

  it('reports links to an endnote address as citations, ignoring scheme, www, slash and tracking', () => {
    const root = page(
      '<p><a href="http://gov.cn/xinwen/2021-03/13/content_5592681.htm/?utm_campaign=x#top">the plan</a> and ' +
        '<a href="https://example.org/other">another</a></p>',
    );
    const { mentions } = engine.scanRoot(root);
    expect(mentions).toMatchObject([{ entryId: 'fyp-14', kind: 'document', endnote: 21, text: 'the plan' }]);
  });
});
