import type { Clipping } from '../../lib/db/clipping';
import { isHttpUrl } from '../../lib/clip/url';
import { t } from '../../lib/i18n/i18n';

interface Props {
  clipping: Clipping;
  labels: ReadonlyMap<string, string>;
  /** True when the clipping was saved from the page in the current tab but is not found on it now. */
  missing?: boolean;
  onOpen?: (clipping: Clipping) => void;
  onEdit: (clipping: Clipping) => void;
  onDelete: (clipping: Clipping) => void;
}

function savedDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One clipping in the list: the quote, its source, tags and entries, and what can be done with it. */
export function ClippingRow({ clipping: c, labels, missing, onOpen, onEdit, onDelete }: Props) {
  const entries = c.entryIds.map((id) => labels.get(id) ?? id);
  const canOpen = onOpen !== undefined && isHttpUrl(c.canonicalUrl);
  return (
    <article class="clip" aria-label={t('clipFrom', { site: c.site })}>
      <blockquote class="clip-quote" title={c.quote}>
        {c.quote}
      </blockquote>
      <div class="clip-meta small muted">
        {missing ? <span class="clip-badge">{t('clipNotFound')}</span> : null}
        <span class="clip-source">{c.title}</span> · {c.site} ·{' '}
        {t('clipSavedOn', { date: savedDay(c.createdAt) })}
        {c.note ? <span class="clip-note"> · {c.note}</span> : null}
      </div>
      <div class="clip-foot">
        <span class="clip-tags small">{[...c.tags.map((tag) => `#${tag}`), ...entries].join('  ')}</span>
        <span class="row">
          {canOpen ? (
            <button type="button" class="linklike" onClick={() => onOpen(c)}>
              {t('clipOpen')}
            </button>
          ) : null}
          <button type="button" onClick={() => onEdit(c)} aria-label={t('clipEditOf', { site: c.site })}>
            {t('clipEdit')}
          </button>
          <button type="button" onClick={() => onDelete(c)} aria-label={t('clipDeleteOf', { site: c.site })}>
            {t('clipDelete')}
          </button>
        </span>
      </div>
    </article>
  );
}
