import { t } from '../../lib/i18n/i18n';
import type { OutlineItem } from '../../lib/pdf/reader';

export interface PdfOutlineProps {
  items: OutlineItem[];
  onGo: (dest: OutlineItem['dest']) => void;
}

/** The document's outline (its bookmarks) as nested links to their pages. */
export function PdfOutline({ items, onGo }: PdfOutlineProps) {
  return (
    <nav class="pdf-outline" aria-label={t('pdfOutline')}>
      {items.length === 0 ? (
        <p class="muted">{t('pdfNoOutline')}</p>
      ) : (
        <OutlineList items={items} onGo={onGo} />
      )}
    </nav>
  );
}

function OutlineList({ items, onGo }: PdfOutlineProps) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          <button type="button" class="link" disabled={!item.dest} onClick={() => onGo(item.dest)}>
            {item.title}
          </button>
          {item.items.length > 0 && <OutlineList items={item.items} onGo={onGo} />}
        </li>
      ))}
    </ul>
  );
}
