import type { LinkView } from '../../lib/messaging/protocol';
import { t } from '../../lib/i18n/i18n';

/** The endnotes' links behind an entry, numbered as in the brief. */
export function SourceLinks({ links }: { links: LinkView[] }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>{t('sources')}</h3>
      <ul class="small">
        {links.map((l) => (
          <li key={`${l.endnote}-${l.url}`}>
            <span class="muted">[{l.endnote}]</span>{' '}
            <a href={l.url} target="_blank" rel="noreferrer noopener">
              {l.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
