// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createEngine, sliceClock } from '../match/engine';
import { compileTable } from '../match/table';
import { testPack } from '../match/test-pack';
import { scanBlocks, scanBlocksSliced, scanFull, toMarks, toMarksSliced } from './scanner';

const engine = createEngine(compileTable(testPack()));
const spans = (marks: { range: Range }[]) => marks.map((m) => m.range.toString());

describe('scanner', () => {
  test('ranges built in slices are those built in one go, and an aborted scan builds none', async () => {
    document.body.innerHTML = '<p>NSWN and <em>揭榜挂帅</em> in China.</p>'.repeat(300);
    const { index, mentions } = engine.scanRoot(document.body);
    const whole = toMarks(index, mentions);
    expect(whole.length).toBeGreaterThan(500);
    const sliced = await toMarksSliced(index, mentions, sliceClock(0));
    expect(sliced.map((m) => m.mention)).toEqual(whole.map((m) => m.mention));
    expect(spans(sliced)).toEqual(spans(whole));
    const gone = new AbortController();
    gone.abort();
    expect(await scanFull(engine, document.body, gone.signal)).toBeNull();
  });

  test('blocks rescanned in slices give the marks of the synchronous rescan, in the same order', async () => {
    document.body.innerHTML =
      '<p id="a">NSWN here</p><p id="b">nothing</p><div id="c">' +
      '<p>揭榜挂帅 and NSWN</p>'.repeat(200) +
      '</div>';
    const roots = ['c', 'a', 'b'].map((id) => document.getElementById(id)!);
    const sync = scanBlocks(engine, roots);
    const sliced = await scanBlocksSliced(engine, roots, new AbortController().signal);
    expect(sliced.map((m) => m.mention)).toEqual(sync.map((m) => m.mention));
    expect(spans(sliced)).toEqual(spans(sync));
    const gone = new AbortController();
    gone.abort();
    await expect(scanBlocksSliced(engine, roots, gone.signal)).rejects.toBeTruthy();
  });
});
