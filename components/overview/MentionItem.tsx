import { useState } from 'preact/hooks';
import type { EntryDetails, MentionSummary } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/i18n';
import { ZhText } from '../common/ZhText';
import { ZhForms } from '../common/ZhForms';
import { Passages } from '../common/Passages';
import { SourceLinks } from '../common/SourceLinks';

/** Occurrence buttons beyond this many add nothing a reader would click through. */
export const MAX_OCCURRENCE_BUTTONS = 30;

export interface MentionItemProps {
  mention: MentionSummary;
  getDetails: (id: string) => EntryDetails | null;
  onScroll: (mention: MentionSummary, index: number) => void;
  readHref?: (paragraphId: string) => string;
  /** The entry view's address, where there is one (the side panel). */
  entryHref?: (id: string) => string;
  external?: boolean;
}

/** One thing the page mentions: a row that opens in place to the brief's context and the page's occurrences. */
export function MentionItem({
  mention,
  getDetails,
  onScroll,
  readHref,
  entryHref,
  external,
}: MentionItemProps) {
  const [open, setOpen] = useState(false);
  const details = open && mention.entryId ? getDetails(mention.entryId) : null;
  const bodyId = `mention-${(mention.entryId ?? mention.label).replace(/[^\w-]/g, '_')}`;
  const shown = Math.min(mention.count, MAX_OCCURRENCE_BUTTONS);
  return (
    <li class="mention" data-entry-id={mention.entryId ?? ''}>
      <button
        type="button"
        class="mention-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span class="label">
          {mention.label}
          {mention.zh && (
            <>
              {' '}
              <span lang="zh-Hans">{mention.zh}</span>
            </>
          )}
        </span>
        <span class="count" aria-label={t('countLabel', { n: mention.count })}>
          {mention.count}
        </span>
      </button>
      {open && (
        <div class="mention-body" id={bodyId}>
          {mention.seen.length > 0 && (
            <p class="small muted">
              {t('seenAs')}{' '}
              {mention.seen.map((s, i) => (
                <span key={s}>
                  {i > 0 && ', '}“<ZhText text={s} />”
                </span>
              ))}
            </p>
          )}
          {details ? (
            <>
              <p>
                <ZhForms zh={details.zh} />
              </p>
              <p>{details.definition}</p>
              <Passages passages={details.passages.slice(0, 2)} readHref={readHref} external={external} />
              <SourceLinks links={details.links} />
              {entryHref && mention.entryId && (
                <p>
                  <a href={entryHref(mention.entryId)}>{t('openEntry')}</a>
                </p>
              )}
            </>
          ) : (
            mention.entryId === null && <p class="small">{t('unknownDocument')}</p>
          )}
          <p class="small">{t('occurrences')}</p>
          <div class="occurrences">
            {Array.from({ length: shown }, (_, i) => (
              <button
                type="button"
                key={i}
                aria-label={t('goToOccurrence', { i: i + 1, n: mention.count })}
                onClick={() => onScroll(mention, i)}
              >
                {i + 1}
              </button>
            ))}
          </div>
        </div>
      )}
    </li>
  );
}
