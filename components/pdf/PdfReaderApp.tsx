import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/i18n';
import type { PdfSource } from '../../lib/pdf/source';
import { PdfFind } from './PdfFind';
import { PdfOutline } from './PdfOutline';
import { PdfStatus } from './PdfStatus';
import { PdfZoom } from './PdfZoom';
import { usePdfReader } from './use-pdf-reader';

/**
 * The PDF reader: a toolbar (open a file, outline, zoom, find) over pdf.js's pages, whose text layers
 * Brief Lens marks. Keys: Ctrl+F finds, Ctrl+plus and Ctrl+minus zoom, the arrows and Page keys scroll.
 */
export function PdfReaderApp({ source }: { source: PdfSource }) {
  const container = useRef<HTMLDivElement>(null);
  const viewerEl = useRef<HTMLDivElement>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const r = usePdfReader(source, container, viewerEl);
  const ready = r.status.kind === 'ready';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || !r.reader) return;
      if (e.key === 'f') findInput.current?.focus();
      else if (e.key === '+' || e.key === '=') r.reader.zoom('in');
      else if (e.key === '-') r.reader.zoom('out');
      else if (e.key === '0') r.reader.zoom('auto');
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [r.reader]);

  return (
    <div class={`pdf-app${outlineOpen && ready ? ' with-outline' : ''}`}>
      <header class="pdf-toolbar">
        <label class="pdf-open">
          {t('pdfOpenFile')}
          <input
            type="file"
            accept="application/pdf,.pdf"
            aria-label={t('pdfOpenFile')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) r.openFile(file);
            }}
          />
        </label>
        <button
          type="button"
          aria-pressed={outlineOpen}
          disabled={!ready}
          onClick={() => setOutlineOpen(!outlineOpen)}
        >
          {t('pdfOutline')}
        </button>
        <span class="pdf-title" title={r.status.kind === 'ready' ? r.status.name : undefined}>
          {r.status.kind === 'ready' ? r.status.info.title || r.status.name : t('pdfReaderTitle')}
        </span>
        {ready && r.reader && <PdfZoom scale={r.scale} onZoom={(s) => r.reader?.zoom(s)} />}
        {ready && r.reader && (
          <PdfFind
            state={r.find}
            inputRef={findInput}
            onFind={(q, again, previous) => r.reader?.find(q, again, previous)}
            onDone={() => container.current?.focus()}
          />
        )}
      </header>
      {outlineOpen && ready && <PdfOutline items={r.outline} onGo={(d) => r.reader?.goTo(d)} />}
      <PdfStatus status={r.status} onAllow={r.allow} />
      <div id="viewerContainer" class="pdf-pages" ref={container} tabIndex={0}>
        <div class="pdfViewer" ref={viewerEl} />
      </div>
    </div>
  );
}
