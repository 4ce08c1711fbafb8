/**
 * The detection engine: the text index of a DOM root, matched against the pattern table, with
 * citations from links and a per-mention visibility check. The same code serves the content script
 * (`scanRootAsync`, `rescanBlocksAsync`), the scan command and tests (`scanRoot`, `scanText`, `rescanBlocks`).
 *
 * Incremental design: after DOM mutations the content script calls `blocksToRescan(records)` (see
 * incremental.ts) and `rescanBlocksAsync(blocks)` (or `rescanBlocks`), which indexes and matches each block on its own; it then
 * drops the highlights whose ranges lie inside those blocks and adds the new ones. Mentions of a block
 * scan carry offsets into that block's own index, and their Ranges come from that index.
 */
import { isRendered } from '../text/dom-rules';
import { TextIndexBuilder, buildTextIndex, type TextIndex, type TextIndexOptions } from '../text/text-index';
import { mergeCitations } from './citations';
import { isInsideSkipped } from './incremental';
import { createMatcher, type Matcher } from './matcher';
import type { Mention, PatternTable } from './types';

export interface ScanOptions extends TextIndexOptions {
  /** Drop mentions in elements the browser does not render (default true; no-op without layout). */
  checkVisibility?: boolean;
}

export interface AsyncScanOptions extends ScanOptions {
  signal?: AbortSignal;
  /** Longest stretch of work between yields to the page, in milliseconds (default 8). */
  sliceMs?: number;
}

export interface ScanResult {
  index: TextIndex;
  mentions: Mention[];
}

export interface BlockScan extends ScanResult {
  element: Element;
}

export interface Engine {
  matcher: Matcher;
  /** Pure matching of a text ('\n' separates blocks); offsets are offsets of `text`. */
  scanText(text: string): Mention[];
  /** Indexes and matches a whole root in one synchronous pass. */
  scanRoot(root: Node, options?: ScanOptions): ScanResult;
  /** The same, in slices of at most `sliceMs`, yielding to the page between them. */
  scanRootAsync(root: Node, options?: AsyncScanOptions): Promise<ScanResult>;
  /** Rescans only the given blocks (see the module comment); blocks inside our UI or skipped content are ignored. */
  rescanBlocks(blocks: Element[], options?: ScanOptions): BlockScan[];
  /** The same in slices, so that a large block (or many) never holds the page for long; no scan measure. */
  rescanBlocksAsync(blocks: Element[], options?: AsyncScanOptions): Promise<BlockScan[]>;
}

/** Text is matched in chunks cut at block separators, so context rules (per block) are unaffected. */
const CHUNK = 32_768;

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  const cut = text.indexOf('\n', from + CHUNK);
  return cut < 0 ? text.length : cut + 1;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Gives the page a turn: scheduler.yield where it exists, else a message-channel task (not throttled like timers). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A budget of main-thread time for work done in slices. */
export interface SliceClock {
  /** Yields to the page once the current slice is used up; throws if the work was aborted meanwhile. */
  pause(): Promise<void>;
  /** Yields to the page now and starts a new slice (before work that cannot be cut). */
  fresh(): Promise<void>;
}

/** A clock of slices of at most `sliceMs` (default 8), abandoned when `signal` aborts. */
export function sliceClock(sliceMs = 8, signal?: AbortSignal): SliceClock {
  let deadline = now() + sliceMs;
  const pause = async (): Promise<void> => {
    if (now() < deadline) return;
    await yieldToPage();
    signal?.throwIfAborted();
    deadline = now() + sliceMs;
  };
  const fresh = (): Promise<void> => {
    deadline = 0;
    return pause();
  };
  return { pause, fresh };
}

/** Keeps the mentions whose element the browser renders (memoised per element across calls). */
function visibleFilter(index: TextIndex): (m: Mention) => boolean {
  const seen = new Map<Element, boolean>();
  // Neighbouring mentions often share a text node: its answer is reused without touching the DOM.
  let lastNode: Text | null = null;
  let lastOk = true;
  return (m) => {
    const node = index.toDomPosition(m.start, 'start')?.node ?? null;
    if (node === lastNode && node !== null) return lastOk;
    const el = node?.parentElement ?? null;
    let ok = true;
    if (el) {
      const known = seen.get(el);
      if (known === undefined) seen.set(el, (ok = isRendered(el)));
      else ok = known;
    }
    lastNode = node;
    lastOk = ok;
    return ok;
  };
}

/**
 * Waits for the page's next frame (then one task), so that the browser brings style up to date as part of
 * its own rendering rather than inside our first visibility check, which would otherwise force a full
 * synchronous style update of a large page in one task. No wait where frames do not come (hidden tabs,
 * no `requestAnimationFrame`): at most `maxMs`.
 */
function afterNextFrame(maxMs = 100): Promise<void> {
  if (
    typeof requestAnimationFrame !== 'function' ||
    typeof document === 'undefined' ||
    document.visibilityState === 'hidden'
  ) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, maxMs);
  });
}

/** Creates the engine for a pattern table (builds the automaton once). */
export function createEngine(table: PatternTable): Engine {
  const matcher = createMatcher(table);

  const matchChunk = (text: string, from: number, to: number, out: Mention[]): void => {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const m of matcher.matchText(slice)) {
      m.start += from;
      m.end += from;
      out.push(m);
    }
  };

  const finish = (index: TextIndex, mentions: Mention[], options: ScanOptions): ScanResult => {
    let all = mergeCitations(mentions, matcher.citations(index));
    if (options.checkVisibility !== false) all = all.filter(visibleFilter(index));
    return { index, mentions: all };
  };

  const scanText = (text: string): Mention[] => {
    const out: Mention[] = [];
    for (let from = 0; from < text.length;) {
      const to = chunkEnd(text, from);
      matchChunk(text, from, to, out);
      from = to;
    }
    return out;
  };

  const scanRoot = (root: Node, options: ScanOptions = {}): ScanResult => {
    const index = buildTextIndex(root, options);
    return finish(index, scanText(index.text), options);
  };

  /**
   * Indexes and matches `root` in slices of `clock`. A full scan takes a fresh slice for each piece of work
   * that cannot be cut (joining the text, reading the links) and waits for a frame before asking for style;
   * a block rescan does neither, so that a few small blocks cost no more than the synchronous scan did.
   */
  const scanSliced = async (
    root: Node,
    options: ScanOptions,
    clock: SliceClock,
    full: boolean,
  ): Promise<ScanResult> => {
    const fresh = full ? clock.fresh : clock.pause;
    const builder = new TextIndexBuilder(root, options);
    while (!builder.step(512)) await clock.pause();
    await fresh();
    const index = builder.finish();
    const mentions: Mention[] = [];
    for (let from = 0; from < index.text.length;) {
      await clock.pause();
      // Smaller chunks keep a slice short; a chunk of 8 KB takes well under a millisecond.
      const to = Math.min(chunkEnd(index.text, from), nextCut(index.text, from));
      matchChunk(index.text, from, to, mentions);
      from = to;
    }
    await fresh();
    const all = mergeCitations(mentions, matcher.citations(index));
    if (options.checkVisibility === false) return { index, mentions: all };
    // Visibility asks the browser for style, element by element: sliced like the rest, and after a frame.
    if (full) {
      await afterNextFrame();
      await clock.fresh();
    }
    const visible = visibleFilter(index);
    const kept: Mention[] = [];
    for (let i = 0; i < all.length; i++) {
      // A style read can be slow after the page changed: the clock is looked at every few mentions.
      if ((i & 31) === 0) await clock.pause();
      const m = all[i]!;
      if (visible(m)) kept.push(m);
    }
    return { index, mentions: kept };
  };

  const scanRootAsync = async (root: Node, options: AsyncScanOptions = {}): Promise<ScanResult> => {
    const began = now();
    options.signal?.throwIfAborted();
    const result = await scanSliced(root, options, sliceClock(options.sliceMs, options.signal), true);
    measure(began);
    return result;
  };

  const connectedBlocks = (blocks: Element[]): Element[] =>
    blocks.filter((el) => el.isConnected && !el.closest('[data-brief-lens]') && !isInsideSkipped(el));

  const rescanBlocks = (blocks: Element[], options: ScanOptions = {}): BlockScan[] =>
    connectedBlocks(blocks).map((element) => ({ element, ...scanRoot(element, options) }));

  const rescanBlocksAsync = async (
    blocks: Element[],
    options: AsyncScanOptions = {},
  ): Promise<BlockScan[]> => {
    const clock = sliceClock(options.sliceMs, options.signal);
    const out: BlockScan[] = [];
    for (const element of blocks) {
      await clock.pause();
      // Checked as each block's turn comes: the page may have moved it while earlier blocks were read.
      if (connectedBlocks([element]).length === 0) continue;
      out.push({ element, ...(await scanSliced(element, options, clock, false)) });
    }
    return out;
  };

  return { matcher, scanText, scanRoot, scanRootAsync, rescanBlocks, rescanBlocksAsync };
}

/** The first block separator at least 8 KB on, so that async slices stay short. */
function nextCut(text: string, from: number): number {
  if (text.length - from <= 8192) return text.length;
  const cut = text.indexOf('\n', from + 8192);
  return cut < 0 ? text.length : cut + 1;
}

/** Records a full page scan as the performance measure 'brief-lens:scan' (DESIGN.md contract). */
function measure(began: number): void {
  try {
    performance.measure('brief-lens:scan', { start: began, end: now() });
  } catch {
    // No User Timing here (old runtimes): the scan itself is unaffected.
  }
}
