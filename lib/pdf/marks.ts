/**
 * Marks, cards and clippings in the reader: the same page controller as a web page, started on the
 * viewer. It follows the DOM, so each page's text layer is scanned as pdf.js renders it (pages far from
 * view have none yet), and the same engine and table paint the same highlight names.
 */
import type { ContentProtocol } from '../messaging/protocol';
import { isValidContentMessage } from '../page/content-sources';
import { onboardingOptions } from '../page/onboarding-sources';
import { startPageController } from '../page/controller';
import { listen, sendToBackground } from '../platform/messages';

export interface ReaderMarkOptions {
  /** The PDF's address, for clippings; null for a local file. */
  url: () => string | null;
  /** The document's own title, author and date (its info dictionary), listed with its clippings. */
  info: () => { title: string; author?: string; date?: string } | null;
}

/**
 * Starts marking the viewer element, and answers the tab's messages (summary, commands) as a content
 * script would. Resolves with the function that stops.
 */
export async function startReaderMarks(viewerEl: HTMLElement, o: ReaderMarkOptions): Promise<() => void> {
  const base = onboardingOptions(viewerEl);
  const controller = await startPageController({
    ...base,
    url: () => o.url() ?? location.href,
    saveClipping: async (draft) => {
      const url = o.url();
      if (!url) return { ok: false, error: 'a PDF opened from this computer has no address to save under' };
      const info = o.info();
      return sendToBackground('saveClipping', {
        ...draft,
        url,
        canonicalUrl: url,
        site: new URL(url).hostname,
        title: info?.title || draft.title,
        ...(info?.author ? { author: info.author } : {}),
        ...(info?.date ? { published: info.date } : {}),
      });
    },
    clippingsForUrl: async (url) => (o.url() ? sendToBackground('clippingsForUrl', { url }) : []),
    report: (summary) => void sendToBackground('pageScanned', summary).catch(() => undefined),
  });
  const stop = listen<ContentProtocol>(
    {
      getPageSummary: () => controller.summary(),
      scrollToMention: (p) => controller.scrollToMention(p),
      command: ({ name }) => controller.command(name),
    },
    isValidContentMessage,
  );
  return () => {
    stop();
    controller.stop();
  };
}
