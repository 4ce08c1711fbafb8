import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/i18n';
import { looksLikePdf, originPattern, readerPath } from '../../lib/pdf/source';

export interface PdfButtonsProps {
  /** The tab the popup is about, when known. */
  tab: { id: number; url: string } | null;
  /** Called once the reader is on its way (the popup closes). */
  done?: () => void;
}

const readerUrl = (file?: string) => (browser.runtime.getURL as (p: string) => string)(readerPath(file));

/**
 * The popup's way into the PDF reader: *Open in Brief Lens reader* on a tab whose address is a PDF
 * (its path ends in .pdf), and *Open a PDF file…* for a file on this computer. Reading a PDF from a
 * site needs that site's permission, asked for here, inside the click, and never before.
 */
export function PdfButtons({ tab, done = () => window.close() }: PdfButtonsProps) {
  const pdfUrl = tab && looksLikePdf(tab.url) ? tab.url : null;
  const openInReader = () => {
    if (!tab || !pdfUrl) return;
    const pattern = originPattern(pdfUrl);
    // No await before the request: the browser grants it only inside the click's gesture. A build that
    // declares no optional permission (Firefox) rejects the request: the reader then tries without it.
    const allowed = pattern
      ? browser.permissions.request({ origins: [pattern] }).catch(() => true)
      : Promise.resolve(true);
    void allowed
      .then((ok) => (ok ? browser.tabs.update(tab.id, { url: readerUrl(pdfUrl) }).then(done) : undefined))
      .catch(() => undefined);
  };
  return (
    <div class="row pdf-buttons">
      {pdfUrl && (
        <button type="button" class="primary" onClick={openInReader}>
          {t('pdfOpenInReader')}
        </button>
      )}
      <button type="button" onClick={() => void browser.tabs.create({ url: readerUrl() }).then(done)}>
        {t('pdfOpenFile')}
      </button>
    </div>
  );
}
