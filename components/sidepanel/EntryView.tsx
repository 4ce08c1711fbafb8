import type { EntryDetails, MentionSummary } from '../../lib/messaging/protocol';
import { routeHash } from '../../lib/messaging/protocol';
import type { Pack } from '../../lib/pack/types';
import { t } from '../../lib/i18n/i18n';
import { ZhForms } from '../common/ZhForms';
import { ZhText } from '../common/ZhText';
import { Passages } from '../common/Passages';
import { MAX_OCCURRENCE_BUTTONS } from '../overview/MentionItem';

export interface EntryViewProps {
  pack: Pack;
  details: EntryDetails | null;
  /** This entry on the current page, if the page mentions it. */
  onPage?: MentionSummary;
  onScroll: (mention: MentionSummary, index: number) => void;
}

const entryHref = (id: string) => routeHash({ view: 'entry', id });

/** Everything the brief says about one entry or document, and where the current page mentions it. */
export function EntryView({ pack, details, onPage, onScroll }: EntryViewProps) {
  if (!details)
    return (
      <p class="notice" role="status">
        {t('entryMissing')}
      </p>
    );
  const documentIds = new Set(pack.documents.map((d) => d.id));
  const source =
    pack.entries.find((e) => e.id === details.entryId) ??
    pack.documents.find((d) => d.id === details.entryId);
  const notes = (source?.endnotes ?? []).flatMap((n) => pack.endnotes.find((e) => e.n === n) ?? []);
  const related = details.related.filter((r) => !documentIds.has(r.id));
  // Documents tied to an entry either way round: listed by the entry, or listing it.
  const documents = [
    ...details.related.filter((r) => documentIds.has(r.id)),
    ...pack.documents
      .filter((d) => d.related.includes(details.entryId) && !details.related.some((r) => r.id === d.id))
      .map((d) => ({ id: d.id, label: d.label })),
  ].filter((d) => d.id !== details.entryId);

  return (
    <article class="entry" aria-labelledby="entry-heading" data-entry-id={details.entryId}>
      <h2 id="entry-heading" tabIndex={-1}>
        {details.label}
      </h2>
      <p>
        <ZhForms zh={details.zh} />
      </p>
      <p class="small muted">{t(details.kind === 'document' ? 'kindDocument' : 'kindTerm')}</p>
      {details.issuer && (
        <p class="small">
          <ZhText text={details.issuer} />
          {details.date && ` · ${details.date}`}
        </p>
      )}
      <p>{details.definition}</p>
      {details.aliases.length > 0 && (
        <p class="small muted">
          {t('alsoCalled')}{' '}
          {details.aliases.map((a, i) => (
            <span key={a}>
              {i > 0 && ', '}
              <ZhText text={a} />
            </span>
          ))}
        </p>
      )}
      {details.urls && details.urls.length > 0 && (
        <ul class="small">
          {details.urls.map((u) => (
            <li key={u}>
              <a href={u} target="_blank" rel="noreferrer noopener">
                {u}
              </a>
            </li>
          ))}
        </ul>
      )}
      {onPage && (
        <section aria-labelledby="entry-on-page">
          <h3 id="entry-on-page">{t('onThisPageCount', { n: onPage.count })}</h3>
          <div class="occurrences">
            {Array.from({ length: Math.min(onPage.count, MAX_OCCURRENCE_BUTTONS) }, (_, i) => (
              <button
                type="button"
                key={i}
                aria-label={t('goToOccurrence', { i: i + 1, n: onPage.count })}
                onClick={() => onScroll(onPage, i)}
              >
                {i + 1}
              </button>
            ))}
          </div>
        </section>
      )}
      {details.passages.length > 0 && <h3>{t('inTheBrief')}</h3>}
      <Passages passages={details.passages} />
      {notes.length > 0 && (
        <section aria-labelledby="entry-notes">
          <h3 id="entry-notes">{t('endnotes')}</h3>
          <ol class="small">
            {notes.map((n) => (
              <li key={n.n} value={n.n}>
                {n.text}
                {n.links.map((l) => (
                  <div key={l.url}>
                    <a href={l.url} target="_blank" rel="noreferrer noopener">
                      {l.title}
                    </a>
                  </div>
                ))}
              </li>
            ))}
          </ol>
        </section>
      )}
      {(
        [
          ['relatedEntries', related],
          ['relatedDocuments', documents],
        ] as const
      ).map(
        ([title, list]) =>
          list.length > 0 && (
            <section key={title}>
              <h3>{t(title)}</h3>
              <ul>
                {list.map((r) => (
                  <li key={r.id}>
                    <a href={entryHref(r.id)}>
                      <ZhText text={r.label} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
    </article>
  );
}
