/**
 * One page's marks over time: full scans (time-sliced, measured), small rescans of the blocks that
 * changed, the settings that decide what is painted, and the summary the popup and badge show.
 * Hover, the card and commands sit on top of this (see controller.ts).
 */
import { createEngine, type Engine } from '../match/engine';
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
import { scanBlocks, scanFull } from './scanner';
import { summarise } from './summary';
import { paintedMarks, wantedMarks } from './visible';

const MAX_PAINTED = 10_000;

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

  /** Uses a (new) pattern table; rescans if marking is on. */
  setTable(table: PatternTable | null): void {
    this.engine = table ? createEngine(table) : null;
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
    const scan = (this.scan = new AbortController());
    const marks = await scanFull(engine, this.o.root, scan.signal);
    if (this.scan === scan) this.scan = null;
    if (!marks || scan.signal.aborted) return;
    this.stats.fullScans++;
    this.set.replaceAll(marks);
    const queued = this.queued;
    this.queued = [];
    if (queued.length > 0) this.set.update(queued, scanBlocks(engine, queued));
    this.refresh();
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
    const t0 = performance.now();
    let fresh: Mark[];
    try {
      fresh = scanBlocks(engine, batch.roots);
    } catch {
      return;
    }
    try {
      // Visible to tests and profilers in the page's timeline, beside the full scans.
      performance.measure('brief-lens:rescan', { start: t0, detail: { blocks: batch.roots.length } });
    } catch {
      // No User Timing options here: the rescan stands without its measure.
    }
    if (this.set.update(batch.roots, fresh)) this.safeRefresh();
  }

  private safeRefresh(): void {
    try {
      this.refresh();
    } catch {
      // A page that breaks our paint keeps its own behaviour; the next change tries again.
    }
  }

  /** Recomputes what is wanted and painted, paints it, and tells the controller. */
  refresh(): void {
    this.wanted = this.active ? wantedMarks(this.set.all, this.settings) : [];
    // Past a few thousand marks a page is a glossary or a generated dump: painting more costs the page
    // frames and helps no reader. The summary still counts them all.
    const painted = this.hidden ? [] : paintedMarks(this.wanted, this.settings).slice(0, MAX_PAINTED);
    this.index = new MarkIndex(painted);
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
    const doc = this.o.root.ownerDocument;
    return summarise(
      this.wanted.map((m) => m.mention),
      { url: this.o.url(), title: doc.title, enabled: this.active },
    );
  }

  stop(): void {
    this.deactivate();
  }
}
