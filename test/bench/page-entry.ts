/**
 * Runs inside the benchmark page (bundled by scripts/bench.ts with esbuild): our engine, mark.js, one
 * RegExp alternation and a bare TreeWalker, each timed on the same document.
 */
import Mark from 'mark.js';
import { createEngine, type Engine } from '../../lib/match/engine';
import { buildTextIndex } from '../../lib/text/text-index';
import type { PatternTable } from '../../lib/match/types';

let engine: Engine | null = null;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(runs: number, fn: () => number): { ms: number; result: number } {
  const times: number[] = [];
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

const api = {
  /** As a content script does: the stored table's JSON parsed (storage hands over a copy), then the engine. */
  setup(table: PatternTable | string): number {
    const t = performance.now();
    engine = createEngine(typeof table === 'string' ? (JSON.parse(table) as PatternTable) : table);
    return performance.now() - t;
  },
  /** Extraction + matching + a Range per mention. */
  ours(runs: number) {
    return time(runs, () => {
      const { index, mentions } = engine!.scanRoot(document.body);
      let n = 0;
      for (const m of mentions) if (!index.rangeAt(m.start, m.end).collapsed) n++;
      return n;
    });
  },
  /** The floor: a bare TreeWalker reading every text node. */
  floor(runs: number) {
    return time(runs, () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let total = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) total += (n as Text).data.length;
      return total;
    });
  },
  /** One case-insensitive RegExp alternation of the alias list over the same flat text. */
  regex(runs: number, aliases: string[]) {
    const text = buildTextIndex(document.body).text;
    const escaped = aliases
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    const re = new RegExp(escaped.join('|'), 'gi');
    return time(runs, () => {
      let n = 0;
      re.lastIndex = 0;
      while (re.exec(text)) n++;
      return n;
    });
  },
  /**
   * mark.js marking the alias list (changes the DOM, so it runs last on a page). mark.js walks the
   * DOM once per keyword, so on large pages it is given the first `sample` aliases and its time is
   * scaled by aliases.length / sample (reported as extrapolated).
   */
  markjs(aliases: string[], sample: number) {
    const used = aliases.slice(0, Math.min(sample, aliases.length));
    const scale = aliases.length / used.length;
    let r: { ms: number; result: number };
    try {
      r = time(1, () => {
        let n = 0;
        new Mark(document.body).mark(used, {
          separateWordSearch: false,
          diacritics: false,
          // Across-element matching (what our engine does) is many times slower still; this is mark.js at its fastest.
          acrossElements: false,
          done: (count: number) => {
            n = count;
          },
        });
        return n;
      });
    } catch {
      // mark.js builds one RegExp per keyword and overflows the stack on some pages.
      return { ms: Number.NaN, result: 0, scale };
    }
    return { ms: r.ms * scale, result: r.result, scale };
  },
  /** The longest stretch of work between yields while scanning asynchronously, and long tasks seen. */
  async longestTask(): Promise<{ longestSlice: number; longTasks: number[]; mentions: number }> {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    try {
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      // No Long Tasks API here: the slice timings below still hold.
    }
    let longestSlice = 0;
    let last = performance.now();
    const realScheduler = (globalThis as { scheduler?: unknown }).scheduler;
    // Time every slice: the engine calls scheduler.yield between slices.
    (globalThis as { scheduler?: unknown }).scheduler = {
      yield: () => {
        longestSlice = Math.max(longestSlice, performance.now() - last);
        return new Promise<void>((resolve) => {
          setTimeout(() => {
            last = performance.now();
            resolve();
          }, 0);
        });
      },
    };
    // Waiting for a frame is a yield too: the slice ends where the wait begins and restarts with the frame.
    const realFrame = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = (callback) => {
      longestSlice = Math.max(longestSlice, performance.now() - last);
      return realFrame((t) => {
        last = performance.now();
        callback(t);
      });
    };
    last = performance.now();
    const { mentions } = await engine!.scanRootAsync(document.body, { sliceMs: 8 });
    longestSlice = Math.max(longestSlice, performance.now() - last);
    (globalThis as { scheduler?: unknown }).scheduler = realScheduler;
    globalThis.requestAnimationFrame = realFrame;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { longestSlice, longTasks, mentions: mentions.length };
  },
  /**
   * One scan split into its phases, to see where the time goes: the floor, the text index, matching,
   * citations, the visibility check (a scan with it minus one without), and a Range per mention.
   */
  phases() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const t1 = performance.now();
    const index = buildTextIndex(document.body);
    const t2 = performance.now();
    const mentions = engine!.scanText(index.text);
    const t3 = performance.now();
    engine!.matcher.citations(index);
    const t4 = performance.now();
    const visible = engine!.scanRoot(document.body, { checkVisibility: true }).mentions.length;
    const t5 = performance.now();
    engine!.scanRoot(document.body, { checkVisibility: false });
    const t6 = performance.now();
    let n = 0;
    for (const m of mentions) if (!index.rangeAt(m.start, m.end).collapsed) n++;
    const t7 = performance.now();
    return {
      floor: t1 - t0,
      index: t2 - t1,
      match: t3 - t2,
      citations: t4 - t3,
      visibility: Math.max(0, t5 - t4 - (t6 - t5)),
      ranges: t7 - t6,
      mentions: n,
      visible,
      chars,
    };
  },
  stats() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += (n as Text).data.length;
    }
    return { nodes, chars };
  },
};

(globalThis as { briefLensBench?: typeof api }).briefLensBench = api;
