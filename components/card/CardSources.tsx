import type { EntryDetails } from '../../lib/messaging/protocol';

/** The endnotes behind an entry, as links with their titles, and the entries related to it. */
export function CardSources(props: { details: EntryDetails; onOpenEntry: (id: string) => void }) {
  const { links, related } = props.details;
  return (
    <>
      {links.length > 0 && (
        <section>
          <h3>Sources</h3>
          <ul>
            {links.slice(0, 5).map((l) => (
              <li key={`${l.endnote}-${l.url}`}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.title}
                </a>{' '}
                <span class="sec">[{l.endnote}]</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <h3>Related</h3>
          <ul class="chips">
            {related.slice(0, 6).map((r) => (
              <li key={r.id}>
                <button type="button" class="chip" onClick={() => props.onOpenEntry(r.id)}>
                  {r.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
