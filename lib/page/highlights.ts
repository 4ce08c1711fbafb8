/**
 * The marks on the page: named entries in the CSS Custom Highlight registry. Ranges are painted by
 * `::highlight()` rules, so the page's DOM, text and layout stay exactly as they were. Where the API
 * is missing, every method here does nothing and hover falls back to caret hit-testing.
 */
import type { MentionKind } from '../pack/types';

/** Highlight names, part of the project's test contract. */
export const HIGHLIGHT_NAMES = {
  term: 'brief-lens-term',
  document: 'brief-lens-document',
  clipping: 'brief-lens-clipping',
  /** The mark under the pointer or stepped to by keyboard, for the hover-only style and the flash. */
  active: 'brief-lens-active',
} as const;

export type HighlightLayerName = keyof typeof HIGHLIGHT_NAMES;

interface HitResult {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type Registry = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HitResult[] };

/** The registry of a window, or null where the Custom Highlight API is missing. */
export function highlightRegistry(win: Window & typeof globalThis = window): Registry | null {
  const css = (win as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights && typeof win.Highlight === 'function' ? css.highlights : null;
}

/** Owns our named highlights in one window's registry. */
export class HighlightLayer {
  private readonly registry: Registry | null;
  private readonly HighlightCtor: typeof Highlight | undefined;
  private readonly own = new Map<HighlightLayerName, Highlight>();

  constructor(win: Window & typeof globalThis = window) {
    this.registry = highlightRegistry(win);
    this.HighlightCtor = this.registry ? win.Highlight : undefined;
  }

  /** Whether marks can be painted at all in this browser. */
  get supported(): boolean {
    return this.registry !== null;
  }

  /** Replaces the ranges of one layer; an empty list unregisters it. */
  set(layer: HighlightLayerName, ranges: readonly AbstractRange[]): void {
    if (!this.registry || !this.HighlightCtor) return;
    const name = HIGHLIGHT_NAMES[layer];
    if (ranges.length === 0) {
      this.unregister(layer);
      return;
    }
    // Added one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
    const h = new this.HighlightCtor();
    for (const r of ranges) h.add(r);
    // The active mark paints above the others where they overlap.
    if (layer === 'active') h.priority = 1;
    this.own.set(layer, h);
    this.registry.set(name, h);
  }

  /** Removes one layer from the registry, leaving anything registered by others alone. */
  unregister(layer: HighlightLayerName): void {
    const h = this.own.get(layer);
    if (!this.registry || !h) return;
    const name = HIGHLIGHT_NAMES[layer];
    if (this.registry.get(name) === h) this.registry.delete(name);
    this.own.delete(layer);
  }

  /** Removes every layer we registered. */
  clear(): void {
    for (const layer of [...this.own.keys()]) this.unregister(layer);
  }

  /** How many ranges a layer holds (0 when unregistered). */
  size(layer: HighlightLayerName): number {
    return this.own.get(layer)?.size ?? 0;
  }

  /** Our ranges under a viewport point, when the browser can tell (`highlightsFromPoint`), else null. */
  rangesAtPoint(x: number, y: number, layers: readonly HighlightLayerName[]): AbstractRange[] | null {
    if (!this.registry || typeof this.registry.highlightsFromPoint !== 'function') return null;
    const wanted = new Set(layers.map((l) => this.own.get(l)).filter((h): h is Highlight => !!h));
    if (wanted.size === 0) return null;
    const out: AbstractRange[] = [];
    for (const hit of this.registry.highlightsFromPoint(x, y)) {
      if (wanted.has(hit.highlight)) out.push(...hit.ranges);
    }
    return out;
  }
}

/** The layer a mention of this kind is painted in. */
export function layerFor(kind: MentionKind): HighlightLayerName {
  return kind === 'document' ? 'document' : 'term';
}
