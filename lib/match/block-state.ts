/**
 * The context rule's state while a text is matched block by block: the window of neighbouring blocks,
 * the candidates waiting for it, and the page evidence gathered on the way. Both matchers (the fused one
 * in collect.ts and the reference) use it, so they settle context the same way.
 */
import type { Candidate, RowTables } from './rows';

/** Sets flag `i` in `flags`, growing it when needed; returns the array to keep. */
function mark(flags: Uint8Array, i: number): Uint8Array {
  let out = flags;
  if (i >= out.length) {
    out = new Uint8Array(Math.max(i + 1, out.length * 2));
    out.set(flags);
  }
  out[i] = 1;
  return out;
}

/** A context-dependent candidate waiting for its cues, with its context rule's index. */
interface Pending {
  c: Candidate;
  ctx: number;
}

/** `gated` of a short form that counts only where its entry's full form is on the page. */
export const LOCAL = 2;

/** Page evidence: this many distinct ungated entries make a page about the brief's subject. */
export const PAGE_EVIDENCE_ENTRIES = 3;

/**
 * Per-block state for the context rule (the reference matcher keeps its blocks with it too). A
 * context-dependent candidate is settled when the block after its own ends, against the cues and
 * entries of its block and both neighbours (a headline's cue is in the next paragraph, a table cell's
 * in the row before). One that still lacks a cue gets a last chance at the end of the text from page
 * evidence: several ungated entries, and its own cue or a related entry anywhere. Negative cues veto
 * within the window and are never overridden.
 */
export class BlockState {
  /** Cues, ungated entries and pending candidates of the current block. */
  cues: number[] = [];
  entries: number[] = [];
  pending: Pending[] = [];
  private prevCues: number[] = [];
  private prevEntries: number[] = [];
  private beforeCues: number[] = [];
  private beforeEntries: number[] = [];
  /** Candidates of the previous block, settled when the current one ends. */
  private held: Pending[] = [];
  private rejected: Pending[] = [];
  /** Cue ids and entries seen anywhere in the text (flags, so the hot path allocates nothing). */
  private pageCues: Uint8Array = new Uint8Array(64);
  private pageEntries: Uint8Array = new Uint8Array(64);
  private pageEntryCount = 0;

  /** Ends the current block: settles the previous block's candidates into `out` and moves the window on. */
  flush(t: RowTables, out: Candidate[]): void {
    for (const id of this.cues) this.pageCues = mark(this.pageCues, id);
    for (const e of this.entries) {
      if (this.pageEntries[e] !== 1) this.pageEntryCount++;
      this.pageEntries = mark(this.pageEntries, e);
    }
    if (this.held.length) this.settle(t, out, this.held, true);
    const held = this.held;
    this.held = this.pending;
    this.pending = held.length ? [] : held;
    // Rotate the three windows' arrays, reusing the oldest for the next block.
    const oldCues = this.beforeCues;
    const oldEntries = this.beforeEntries;
    this.beforeCues = this.prevCues;
    this.beforeEntries = this.prevEntries;
    this.prevCues = this.cues;
    this.prevEntries = this.entries;
    oldCues.length = 0;
    oldEntries.length = 0;
    this.cues = oldCues;
    this.entries = oldEntries;
  }

  /** Ends the text: flushes the last block, settles what waits, then applies page evidence. */
  finish(t: RowTables, out: Candidate[]): void {
    this.flush(t, out);
    this.flush(t, out);
    if (this.rejected.length === 0) return;
    const evidence = this.pageEntryCount >= PAGE_EVIDENCE_ENTRIES;
    const cues = this.pageCues;
    const entries = this.pageEntries;
    const chinaOnPage = cues.some((on, id) => on === 1 && t.isChinaCue[id] === 1);
    for (const { c, ctx } of this.rejected) {
      if (t.gated[ctx] === LOCAL) {
        if (entries[c.target] === 1) out.push(c);
        continue;
      }
      if (!evidence) continue;
      const own = t.contexts[ctx];
      const related = t.related[ctx];
      if (
        (t.where[ctx] === 1 && chinaOnPage) ||
        [...(own ?? [])].some((id) => cues[id] === 1) ||
        [...(related ?? [])].some((e) => e !== c.target && entries[e] === 1)
      )
        out.push(c);
    }
    this.rejected = [];
  }

  /** True if a cue id is in the window (the block before, this block's, or the block after). */
  private windowHas(test: (id: number) => boolean, withBefore: boolean): boolean {
    return this.cues.some(test) || this.prevCues.some(test) || (withBefore && this.beforeCues.some(test));
  }

  private windowEntry(test: (e: number) => boolean): boolean {
    return this.entries.some(test) || this.prevEntries.some(test) || this.beforeEntries.some(test);
  }

  private settle(t: RowTables, out: Candidate[], list: Pending[], withBefore: boolean): void {
    for (const p of list) {
      const { c, ctx } = p;
      const not = t.not[ctx];
      if (not && not.length && this.windowHas((id) => not.includes(id), withBefore)) continue;
      if (t.gated[ctx] === 0) {
        out.push(c);
        continue;
      }
      if (t.gated[ctx] === LOCAL) {
        if (this.windowEntry((e) => e === c.target)) out.push(c);
        else this.rejected.push(p);
        continue;
      }
      const own = t.contexts[ctx];
      const where = t.where[ctx] === 1;
      const cued =
        this.windowHas((id) => (where && t.isChinaCue[id] === 1) || own?.has(id) === true, withBefore) ||
        this.windowEntry((e) => e !== c.target && t.related[ctx]?.has(e) === true);
      if (cued) out.push(c);
      else this.rejected.push(p);
    }
  }
}
