/**
 * The reader's pdf.js side: one PDFViewer with its event bus, links and find controller inside a
 * scrolling container, and the documents opened in it. Pages render lazily as they scroll into view;
 * each page's text layer is where Brief Lens marks (see marks.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { documentOptions, type PdfAssets } from './assets';
import type { Pdfjs } from './pdfjs';

export interface OutlineItem {
  title: string;
  dest: string | unknown[] | null;
  items: OutlineItem[];
}

export interface PdfInfo {
  title: string;
  author?: string;
  date?: string;
  fingerprint: string;
  pages: number;
}

export interface FindState {
  current: number;
  total: number;
  notFound: boolean;
}

export type PdfData = { url: string } | { data: Uint8Array };

/** The viewer and what the toolbar drives. */
export class PdfReader {
  readonly eventBus: InstanceType<Pdfjs['viewer']['EventBus']>;
  readonly viewer: InstanceType<Pdfjs['viewer']['PDFViewer']>;
  private readonly links: InstanceType<Pdfjs['viewer']['PDFLinkService']>;
  private doc: PDFDocumentProxy | null = null;

  constructor(
    private readonly pdfjs: Pdfjs,
    private readonly assets: PdfAssets,
    container: HTMLDivElement,
    viewerEl: HTMLDivElement,
  ) {
    const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = pdfjs.viewer;
    this.eventBus = new EventBus();
    this.links = new PDFLinkService({ eventBus: this.eventBus, externalLinkTarget: 2 });
    const findController = new PDFFindController({ eventBus: this.eventBus, linkService: this.links });
    this.viewer = new PDFViewer({
      container,
      viewer: viewerEl,
      eventBus: this.eventBus,
      linkService: this.links,
      findController,
      textLayerMode: 1,
      annotationMode: pdfjs.lib.AnnotationMode.ENABLE,
    });
    this.links.setViewer(this.viewer);
    this.eventBus.on('pagesinit', () => (this.viewer.currentScaleValue = 'auto'));
  }

  /**
   * Opens a document, replacing the one shown, at the place a `#page=N` style fragment names (if
   * any); resolves with its metadata.
   */
  async open(src: PdfData, fragment = ''): Promise<PdfInfo> {
    const task = this.pdfjs.lib.getDocument({ ...src, ...documentOptions(this.assets) });
    const doc = await task.promise;
    const old = this.doc;
    this.doc = doc;
    const place = fragment.replace(/^#/, '');
    if (place) {
      const go = () => {
        this.eventBus.off('pagesinit', go);
        if (this.doc === doc) this.links.setHash(place);
      };
      this.eventBus.on('pagesinit', go);
    }
    this.viewer.setDocument(doc);
    this.links.setDocument(doc, null);
    void old?.destroy();
    return pdfInfo(doc, await doc.getMetadata().catch(() => null));
  }

  async outline(): Promise<OutlineItem[]> {
    const raw = (await this.doc?.getOutline().catch(() => null)) ?? [];
    const map = (items: typeof raw): OutlineItem[] =>
      items.map((i) => ({ title: i.title, dest: i.dest as OutlineItem['dest'], items: map(i.items) }));
    return map(raw);
  }

  goTo(dest: OutlineItem['dest']): void {
    if (dest) void this.links.goToDestination(dest);
  }

  zoom(step: 'in' | 'out' | 'page-width' | 'page-fit' | 'auto'): void {
    if (step === 'in') this.viewer.increaseScale();
    else if (step === 'out') this.viewer.decreaseScale();
    else this.viewer.currentScaleValue = step;
  }

  get scale(): number {
    return this.viewer.currentScale;
  }

  /** Finds `query` (again: the next or previous match), all matches highlighted. */
  find(query: string, again: boolean, previous = false): void {
    this.eventBus.dispatch('find', {
      source: this,
      type: again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
  }

  /** Calls back with the find position and total as pdf.js updates them. */
  onFind(cb: (s: FindState) => void): void {
    type Counts = { matchesCount?: { current: number; total: number }; state?: number };
    const report = (e: Counts) => {
      const c = e.matchesCount ?? { current: 0, total: 0 };
      cb({ current: c.current, total: c.total, notFound: e.state === 1 });
    };
    this.eventBus.on('updatefindmatchescount', report);
    this.eventBus.on('updatefindcontrolstate', report);
  }
}

type Metadata = Awaited<ReturnType<PDFDocumentProxy['getMetadata']>>;

/** Title, author and date from the info dictionary (or XMP where it has them), and the fingerprint. */
export function pdfInfo(
  doc: Pick<PDFDocumentProxy, 'fingerprints' | 'numPages'>,
  meta: Metadata | null,
): PdfInfo {
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const xmp = meta?.metadata;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return {
    title: text(xmp?.get('dc:title')) ?? text(info.Title) ?? '',
    author: text(xmp?.get('dc:creator')) ?? text(info.Author),
    date: pdfDate(text(info.CreationDate)),
    fingerprint: doc.fingerprints[0] ?? '',
    pages: doc.numPages,
  };
}

/** A PDF date (`D:20240301120000+08'00'`) as an ISO day, or undefined. */
export function pdfDate(value: string | undefined): string | undefined {
  const m = value?.match(/^(?:D:)?(\d{4})(\d{2})?(\d{2})?/);
  if (!m) return undefined;
  return [m[1], m[2] ?? '01', m[3] ?? '01'].join('-');
}
