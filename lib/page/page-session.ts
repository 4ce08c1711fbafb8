/**
 * One page's marks over time: full scans (time-sliced, measured), small rescans of the blocks that
 * changed, the settings that decide what is painted, and the summary the popup and badge show.
 * Hover, the card and commands sit on top of this (see controller.ts).
 *
 * Nothing after a scan or a DOM change runs in one long task: ranges, the update of the mark set and the
 * repaint go in slices of about 8 ms like the engine's scan. Rescans run one after another; a full scan
 * abandons any work still under way, and a repaint overtaken by a newer one is dropped before it paints.
 */
import { sliceClock, type Engine, type SliceClock } from '../match/engine';
import type { PatternTable } from '../match/types';
import type { PageSummary } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { followChanges } from './change-follower';
import type { DetailsCache } from './details-cache';
import { HighlightLayer, layerFor } from './highlights';
import { MarkIndex, type Mark } from './mark-index';
import { MarkSet } from './mark-set';
import { MarkStylesheet } from './mark-styles';
import type { ChangeBatch } from './mutation-batch';
import type { PageControllerOptions } from './options';
import { scanBlocksSliced, scanFull } from './scanner';
import { summarise } from './summary';
import { engineFor, looksLikeTable } from './table-check';
import { paintedMarks, wantedMarks } from './visible';

const MAX_PAINTED = 10_000;
/** Marks filtered between two chances to yield. */
const FILTER_STEP = 8192;

/** Counters for tests and diagnostics. */
export interface SessionStats {
  fullScans: number;
  blockRescans: number;
  blocksRescanned: number;
}

export class PageSession {
  readonly layer: HighlightLayer;
  readonly stats: SessionStats = { fullScans: 0, blockRescans: 0, blocksRescanned: 0 };
  index = new MarkIndex([]);
  /** Set by the `toggle-marks` command: marks off on this page until toggled back. */
  hidden = false;
  private wanted: Mark[] = [];
  private readonly set = new MarkSet();
  private readonly sheet: MarkStylesheet;
  private engine: Engine | null = null;
  private active = false;
  private scan: AbortController | null = null;
  /** The block rescan under way, abandoned when a full scan starts. */
  private rescan: AbortController | null = null;
  /** Block rescans run one after another, each on the marks the one before left. */
  private rescans: Promise<void> = Promise.resolve();
  /** Counts full scans started, so that a rescan queued before one knows it is covered. */
  private generation = 0;
  /** Counts refreshes started, so that a sliced one overtaken by a newer one does not paint. */
  private refreshes = 0;
  private counted: {
    wanted: readonly Mark[];
    url: string;
    title: string;
    enabled: boolean;
    summary: PageSummary;
  } | null = null;
  private queued: Node[] = [];
  private stopFollow: (() => void) | null = null;

  constructor(
    private readonly o: PageControllerOptions,
    public settings: Settings,
    private readonly details: DetailsCache,
    private readonly onChange: () => void,
  ) {
    const doc = o.root.ownerDocument;
    this.layer = new HighlightLayer(doc.defaultView as Window & typeof globalThis);
    this.sheet = new MarkStylesheet(doc);
  }

  get enabled(): boolean {
    return this.active;
  }

  /**
   * Uses a (new) pattern table; rescans if marking is on. A damaged table is not used: the page stays
   * unmarked, and `tableDamaged` asks for a new one, which arrives through the same call.
   */
  setTable(table: PatternTable | null): void {
    const engine = table && looksLikeTable(table) ? engineFor(table) : null;
    if (table && !engine) this.o.tableDamaged?.();
    this.engine = engine;
    if (this.active) void this.fullScan();
    else this.applySettings(this.settings);
  }

  /** Applies settings: turns marking on or off for the site, restyles and refilters. */
  applySettings(s: Settings): void {
    this.settings = s;
    const on = this.o.isEnabled(s) && this.engine !== null;
    if (on && !this.active) return this.activate();
    if (!on && this.active) return this.deactivate();
    if (on) {
      this.sheet.apply(s.markStyle);
      this.refresh();
    }
  }

  private activate(): void {
    this.active = true;
    this.sheet.apply(this.settings.markStyle);
    this.stopFollow = followChanges(this.o.root, (b) => this.onBatch(b));
    void this.fullScan();
  }

  private deactivate(): void {
    this.active = false;
    this.scan?.abort();
    this.rescan?.abort();
    this.stopFollow?.();
    this.stopFollow = null;
    this.set.clear();
    this.layer.clear();
    this.sheet.remove();
    this.refresh();
  }

  /** Scans the whole root again, in slices; a scan still running is abandoned. Never rejects. */
  fullScan(): Promise<void> {
    return this.runFullScan().catch(() => undefined);
  }

  private async runFullScan(): Promise<void> {
    const engine = this.engine;
    if (!engine || !this.active) return;
    this.scan?.abort();
    this.rescan?.abort();
    this.generation++;
    const scan = (this.scan = new AbortController());
    const marks = await scanFull(engine, this.o.root, scan.signal);
    if (this.scan === scan) this.scan = null;
    if (!marks || scan.signal.aborted) return;
    this.stats.fullScans++;
    this.set.replaceAll(marks);
    // Blocks that changed during the scan go first in the queue that later changes join.
    const queued = this.queued;
    this.queued = [];
    if (queued.length > 0) this.enqueue(engine, queued, false);
    await this.refreshSliced(sliceClock(8, scan.signal));
  }

  private onBatch(batch: ChangeBatch): void {
    const engine = this.engine;
    if (!engine || !this.active) return;
    if (batch.full) return void this.fullScan();
    if (this.scan) {
      // A full scan is under way: rescan these blocks once it has finished.
      this.queued.push(...batch.roots);
      return;
    }
    this.stats.blockRescans++;
    this.stats.blocksRescanned += batch.roots.length;
    this.enqueue(engine, batch.roots, true);
  }

  /** Queues a rescan of `roots`; one queued before a full scan started is dropped, as that scan covers it. */
  private enqueue(engine: Engine, roots: readonly Node[], measured: boolean): void {
    const generation = this.generation;
    this.rescans = this.rescans
      .then(() => (generation === this.generation ? this.rescanBlocks(engine, roots, measured) : undefined))
      .catch(() => undefined);
  }

  /** Rescans changed blocks in slices, then updates the marks and repaints. Rejects if abandoned. */
  private async rescanBlocks(engine: Engine, roots: readonly Node[], measured: boolean): Promise<void> {
    if (!this.active) return;
    const rescan = (this.rescan = new AbortController());
    const t0 = performance.now();
    const fresh = await scanBlocksSliced(engine, roots, rescan.signal);
    if (measured) this.measureRescan(t0, roots.length);
    const clock = sliceClock(8, rescan.signal);
    if (await this.set.updateSliced(roots, fresh, clock.pause)) {
      // A page that breaks our paint keeps its own behaviour; the next change tries again.
      await this.refreshSliced(clock).catch(() => undefined);
    }
    if (this.rescan === rescan) this.rescan = null;
  }

  private measureRescan(t0: number, blocks: number): void {
    try {
      // Visible to tests and profilers in the page's timeline, beside the full scans.
      performance.measure('brief-lens:rescan', { start: t0, detail: { blocks } });
    } catch {
      // No User Timing options here: the rescan stands without its measure.
    }
  }

  /** Recomputes what is wanted and painted, paints it, and tells the controller. */
  refresh(): void {
    const steps = this.refreshSteps();
    while (!steps.next().done);
  }

  /** The same in slices of `clock`; a newer refresh or an abandoned scan leaves it unpainted. */
  private async refreshSliced(clock: SliceClock): Promise<void> {
    const steps = this.refreshSteps();
    while (!steps.next().done) await clock.pause();
  }

  /** The refresh as a generator: it yields between pieces of work; what it paints changes only at the end. */
  private *refreshSteps(): Generator<void, void> {
    const mine = ++this.refreshes;
    const all = this.set.all;
    const wanted: Mark[] = [];
    if (this.active) {
      for (let i = 0; i < all.length; i += FILTER_STEP) {
        wanted.push(...wantedMarks(all.slice(i, i + FILTER_STEP), this.settings));
        yield;
      }
    }
    // Past a few thousand marks a page is a glossary or a generated dump: painting more costs the page
    // frames and helps no reader. The summary still counts them all.
    const painted = this.hidden ? [] : paintedMarks(wanted, this.settings).slice(0, MAX_PAINTED);
    const index = new MarkIndex(painted);
    yield;
    // Counted now, in a slice of its own, so that telling the controller below is cheap on a large page.
    this.countedFor(wanted);
    yield;
    if (mine !== this.refreshes) return;
    this.wanted = wanted;
    this.index = index;
    this.layer.set(
      'term',
      painted.filter((m) => layerFor(m.mention.kind) === 'term').map((m) => m.range),
    );
    this.layer.set(
      'document',
      painted.filter((m) => m.mention.kind === 'document').map((m) => m.range),
    );
    const ids = painted.map((m) => m.mention.entryId).filter((id): id is string => id !== null);
    void this.details.prefetch(ids);
    this.onChange();
  }

  /** The marks the page is said to mention (settings applied, before first-occurrence-only). */
  get wantedMarks(): readonly Mark[] {
    return this.wanted;
  }

  summary(): PageSummary {
    return this.countedFor(this.wanted);
  }

  /** The summary of `wanted`, kept until the marks or the page's address, title or state change. */
  private countedFor(wanted: readonly Mark[]): PageSummary {
    const doc = this.o.root.ownerDocument;
    const page = { url: this.o.url(), title: doc.title, enabled: this.active };
    const c = this.counted;
    if (
      c &&
      c.wanted === wanted &&
      c.url === page.url &&
      c.title === page.title &&
      c.enabled === page.enabled
    ) {
      return c.summary;
    }
    const summary = summarise(
      wanted.map((m) => m.mention),
      page,
    );
    this.counted = { wanted, ...page, summary };
    return summary;
  }

  stop(): void {
    this.deactivate();
  }
}
