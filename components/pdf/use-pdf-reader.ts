import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pdfAssets } from '../../lib/pdf/assets';
import { startReaderMarks, type ReaderMarks } from '../../lib/pdf/marks';
import { loadPdfjs } from '../../lib/pdf/pdfjs';
import {
  PdfReader,
  type FindState,
  type OutlineItem,
  type PdfData,
  type PdfInfo,
} from '../../lib/pdf/reader';
import { originPattern, type PdfSource } from '../../lib/pdf/source';

export type ReaderStatus =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'ready'; info: PdfInfo; name: string }
  | { kind: 'error'; error: string }
  | { kind: 'invalid'; value: string }
  | { kind: 'permission'; url: string; site: string; pattern: string };

export interface PdfReaderState {
  status: ReaderStatus;
  reader: PdfReader | null;
  outline: OutlineItem[];
  scale: number;
  find: FindState | null;
  openFile: (file: File) => void;
  allow: () => void;
}

const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() || url);

/** The reader's state: pdf.js and the marks started on the viewer, and the document opened in it. */
export function usePdfReader(
  source: PdfSource,
  container: { current: HTMLDivElement | null },
  viewerEl: { current: HTMLDivElement | null },
): PdfReaderState {
  const [status, setStatus] = useState<ReaderStatus>(
    source.kind === 'url' ? { kind: 'loading' } : source.kind === 'invalid' ? source : { kind: 'empty' },
  );
  const [reader, setReader] = useState<PdfReader | null>(null);
  const [outline, setOutline] = useState<OutlineItem[]>([]);
  const [scale, setScale] = useState(1);
  const [find, setFind] = useState<FindState | null>(null);
  // What clippings are saved under: the PDF's address and its own metadata.
  const opened = useRef<{ url: string | null; info: PdfInfo | null }>({ url: null, info: null });
  const marks = useRef<ReaderMarks | null>(null);

  const open = async (r: PdfReader, data: PdfData, url: string | null, name: string, place = '') => {
    setStatus({ kind: 'loading' });
    try {
      const info = await r.open(data, place);
      opened.current = { url, info };
      marks.current?.opened();
      document.title = `${info.title || name} · Brief Lens`;
      setStatus({ kind: 'ready', info, name });
      setOutline(await r.outline());
      container.current?.focus();
    } catch (e) {
      const pattern = url ? originPattern(url) : null;
      // A site the extension may not read yet: ask, at the reader's click, rather than fail.
      if (url && pattern && !(await browser.permissions.contains({ origins: [pattern] }))) {
        setStatus({ kind: 'permission', url, site: new URL(url).host, pattern });
      } else {
        setStatus({ kind: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    }
  };

  useEffect(() => {
    const c = container.current;
    const v = viewerEl.current;
    if (!c || !v) return;
    const assets = pdfAssets(browser.runtime.getURL as (path: string) => string);
    loadPdfjs(assets)
      .then((pdfjs) => {
        const r = new PdfReader(pdfjs, assets, c, v);
        r.eventBus.on('scalechanging', (e: { scale: number }) => setScale(e.scale));
        r.onFind(setFind);
        setReader(r);
        void startReaderMarks(v, {
          url: () => opened.current.url,
          info: () => opened.current.info,
          eventBus: r.eventBus,
        })
          .then((m) => {
            marks.current = m;
            // A document may have opened while the marks were starting.
            if (opened.current.info) m.opened();
          })
          .catch(() => undefined);
        if (source.kind === 'url')
          void open(r, { url: source.url }, source.url, nameOf(source.url), location.hash);
      })
      .catch((e: unknown) => setStatus({ kind: 'error', error: String(e) }));
    return () => marks.current?.stop();
  }, []);

  return {
    status,
    reader,
    outline,
    scale,
    find,
    openFile: (file) => {
      if (!reader) return;
      void file
        .arrayBuffer()
        .then((buf) => open(reader, { data: new Uint8Array(buf) }, null, file.name))
        .catch((e: unknown) => setStatus({ kind: 'error', error: String(e) }));
    },
    allow: () => {
      if (status.kind !== 'permission' || !reader) return;
      const { url, pattern } = status;
      // No await before the request: the browser wants it inside the click.
      void browser.permissions.request({ origins: [pattern] }).then((ok) => {
        if (ok) void open(reader, { url }, url, nameOf(url));
      });
    },
  };
}
