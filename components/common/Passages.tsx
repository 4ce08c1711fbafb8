import type { PassageView } from '../../lib/messaging/protocol';
import { routeHash } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/i18n';

export interface PassagesProps {
  passages: PassageView[];
  /** Where *Read in brief* goes: the side panel page, relative or absolute. */
  readHref?: (paragraphId: string) => string;
  /** Opens in a new tab (from the popup) rather than navigating in place (in the side panel). */
  external?: boolean;
}

/** The brief's own paragraphs about an entry, each with its section and a way into the reader. */
export function Passages({
  passages,
  readHref = (id) => routeHash({ view: 'para', id }),
  external,
}: PassagesProps) {
  if (passages.length === 0) return null;
  return (
    <>
      {passages.map((p) => (
        <blockquote class="passage" key={p.paragraphId} cite={readHref(p.paragraphId)}>
          <p class="small muted">{p.section}</p>
          <p>{p.text}</p>
          <a href={readHref(p.paragraphId)} target={external ? '_blank' : undefined} class="small">
            {t('readInBrief')}
          </a>
        </blockquote>
      ))}
    </>
  );
}
