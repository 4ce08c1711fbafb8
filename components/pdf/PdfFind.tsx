import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/i18n';
import type { FindState } from '../../lib/pdf/reader';

export interface PdfFindProps {
  state: FindState | null;
  onFind: (query: string, again: boolean, previous: boolean) => void;
  onDone: () => void;
  inputRef: { current: HTMLInputElement | null };
}

/** Find in the document: Enter for the next match, Shift+Enter for the previous, Escape back to the pages. */
export function PdfFind({ state, onFind, onDone, inputRef }: PdfFindProps) {
  const [query, setQuery] = useState('');
  const go = (previous: boolean) => query && onFind(query, true, previous);
  return (
    <div class="pdf-find row" role="search">
      <input
        ref={inputRef}
        type="search"
        aria-label={t('pdfFind')}
        placeholder={t('pdfFind')}
        value={query}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          onFind(q, false, false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go(e.shiftKey);
          if (e.key === 'Escape') onDone();
        }}
      />
      <button type="button" aria-label={t('pdfFindPrevious')} onClick={() => go(true)}>
        ↑
      </button>
      <button type="button" aria-label={t('pdfFindNext')} onClick={() => go(false)}>
        ↓
      </button>
      <span class="muted" aria-live="polite">
        {query && state
          ? state.total > 0
            ? t('pdfFindCount', { current: state.current, total: state.total })
            : state.notFound
              ? t('pdfNotFound')
              : ''
          : ''}
      </span>
    </div>
  );
}
