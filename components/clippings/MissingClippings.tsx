import type { Clipping } from '../../lib/db/clipping';
import { t } from '../../lib/i18n/i18n';

/**
 * The clippings saved from the page in the current tab that could not be found on it again. They are
 * listed here rather than marked on whatever text happens to be nearest.
 */
export function MissingClippings({ clippings }: { clippings: readonly Clipping[] }) {
  if (clippings.length === 0) return null;
  const heading = t('clipMissingHeading', { n: clippings.length });
  return (
    <section class="clip-missing notice" aria-label={heading}>
      <h2 class="small">{heading}</h2>
      <p class="small muted">{t('clipMissingNote')}</p>
      <ul>
        {clippings.map((c) => (
          <li key={c.id}>
            <blockquote class="clip-quote" title={c.quote}>
              {c.quote}
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
