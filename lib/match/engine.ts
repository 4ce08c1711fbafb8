/**
 * The detection engine: the text index of a DOM root, matched against the pattern table, with
 * citations from links and a per-mention visibility check. The same code serves the content script
 * (`scanRootAsync`, `rescanBlocks`), the scan command and tests (`scanRoot`, `scanText`).
 *
 * Incremental design: after DOM mutations the content script calls `blocksToRescan(records)` (see
 * incremental.ts) and `rescanBlocks(blocks)`, which indexes and matches each block on its own; it then
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
function yieldToPage(): Promise<void> {
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

  const scanRootAsync = async (root: Node, options: AsyncScanOptions = {}): Promise<ScanResult> => {
    const sliceMs = options.sliceMs ?? 8;
    const began = now();
    let deadline = now() + sliceMs;
    const pause = async (): Promise<void> => {
      if (now() < deadline) return;
      await yieldToPage();
      options.signal?.throwIfAborted();
      deadline = now() + sliceMs;
    };
    options.signal?.throwIfAborted();
    // A fresh slice for each piece of work that cannot be cut: joining the text, reading the links.
    const fresh = async (): Promise<void> => {
      deadline = 0;
      await pause();
    };
    const builder = new TextIndexBuilder(root, options);
    while (!builder.step(512)) await pause();
    await fresh();
    const index = builder.finish();
    const mentions: Mention[] = [];
    for (let from = 0; from < index.text.length;) {
      await pause();
      // Smaller chunks keep a slice short; a chunk of 8 KB takes well under a millisecond.
      const to = Math.min(chunkEnd(index.text, from), nextCut(index.text, from));
      matchChunk(index.text, from, to, mentions);
      from = to;
    }
    await fresh();
    const all = mergeCitations(mentions, matcher.citations(index));
    if (options.checkVisibility === false) {
      measure(began);
      return { index, mentions: all };
    }
    // Visibility asks the browser for style, element by element: sliced like the rest, and after a frame.
    await afterNextFrame();
    options.signal?.throwIfAborted();
    deadline = now() + sliceMs;
    const visible = visibleFilter(index);
    const kept: Mention[] = [];
    for (let i = 0; i < all.length; i++) {
      // A style read can be slow after the page changed: the clock is looked at every few mentions.
      if ((i & 31) === 0) await pause();
      const m = all[i]!;
      if (visible(m)) kept.push(m);
    }
    measure(began);
    return { index, mentions: kept };
  };

  const rescanBlocks = (blocks: Element[], options: ScanOptions = {}): BlockScan[] =>
    blocks
      .filter((el) => el.isConnected && !el.closest('[data-brief-lens]') && !isInsideSkipped(el))
      .map((element) => ({ element, ...scanRoot(element, options) }));

  return { matcher, scanText, scanRoot, scanRootAsync, rescanBlocks };
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
