/**
 * Marks, cards and clippings in the reader: the same page controller as a web page, started on the
 * viewer. It follows the DOM, so each page's text layer is scanned as pdf.js renders it (pages far from
 * view have none yet), and the same engine and table paint the same highlight names. Clippings are
 * placed by page and found again by the document's fingerprint (see clippings.ts).
 */
import type { ContentProtocol } from '../messaging/protocol';
import { isValidContentMessage } from '../page/content-sources';
import { onboardingOptions } from '../page/onboarding-sources';
import { startPageController } from '../page/controller';
import { listen, sendToBackground } from '../platform/messages';
import { PdfClippingMarks, placeDraft } from './clippings';

export interface ReaderMarkOptions {
  /** The PDF's address, for clippings; null for a local file. */
  url: () => string | null;
  /** The document's own title, author and date (its info dictionary), listed with its clippings. */
  info: () => { title: string; author?: string; date?: string; fingerprint: string } | null;
  /** The viewer's event bus, which tells when a page's text layer is drawn. */
  eventBus: { on(name: 'textlayerrendered', fn: (e: { pageNumber: number }) => void): void };
}

export interface ReaderMarks {
  /** A document was opened: its clippings are looked up by fingerprint and marked page by page. */
  opened(): void;
  stop(): void;
}

/**
 * Starts marking the viewer element, and answers the tab's messages (summary, commands) as a content
 * script would.
 */
export async function startReaderMarks(viewerEl: HTMLElement, o: ReaderMarkOptions): Promise<ReaderMarks> {
  const base = onboardingOptions(viewerEl);
  // Made once the controller (whose highlight layer it paints) has started.
  const pages: { marks?: PdfClippingMarks } = {};
  const reload = async () => {
    const fingerprint = o.info()?.fingerprint;
    const stored = fingerprint ? await sendToBackground('clippingsForPdf', { fingerprint }) : [];
    pages.marks?.load(stored);
  };
  const controller = await startPageController({
    ...base,
    url: () => o.url() ?? location.href,
    saveClipping: async (draft) => {
      const url = o.url();
      if (!url) return { ok: false, error: 'a PDF opened from this computer has no address to save under' };
      const info = o.info();
      const placed = placeDraft(viewerEl, draft, info?.fingerprint ?? '') ?? draft;
      const r = await sendToBackground('saveClipping', {
        ...placed,
        url,
        canonicalUrl: url,
        site: new URL(url).hostname,
        title: info?.title || draft.title,
        ...(info?.author ? { author: info.author } : {}),
        ...(info?.date ? { published: info.date } : {}),
      });
      if (r.ok) void reload().catch(() => undefined);
      return r;
    },
    report: (summary) => void sendToBackground('pageScanned', summary).catch(() => undefined),
  });
  const { session } = controller;
  const clippings = new PdfClippingMarks(viewerEl, (ranges) => {
    if (session.enabled) session.layer.set('clipping', ranges);
  });
  pages.marks = clippings;
  o.eventBus.on('textlayerrendered', (e) => clippings.pageRendered(e.pageNumber));
  const stop = listen<ContentProtocol>(
    {
      getPageSummary: () => controller.summary(),
      scrollToMention: (p) => controller.scrollToMention(p),
      command: ({ name }) => controller.command(name),
    },
    isValidContentMessage,
  );
  return {
    opened: () => void reload().catch(() => undefined),
    stop: () => {
      stop();
      controller.stop();
    },
  };
}
