import { useState } from 'preact/hooks';
import type { Endnote } from '../../lib/pack/types';
import { t } from '../../lib/i18n/i18n';

export interface EndnoteMarkersProps {
  paragraphId: string;
  numbers: number[];
  endnotes: ReadonlyMap<number, Endnote>;
}

/** A paragraph's endnote markers; each shows its source, with links, in place when clicked. */
export function EndnoteMarkers({ paragraphId, numbers, endnotes }: EndnoteMarkersProps) {
  const [open, setOpen] = useState<number | null>(null);
  if (numbers.length === 0) return null;
  const note = open === null ? undefined : endnotes.get(open);
  const noteId = `note-${paragraphId}`;
  return (
    <>
      {numbers.map((n) => (
        <button
          type="button"
          key={n}
          class="endnote-marker"
          aria-expanded={open === n}
          aria-controls={noteId}
          aria-label={t('endnoteMarker', { n })}
          onClick={() => setOpen(open === n ? null : n)}
        >
          {n}
        </button>
      ))}
      <span id={noteId} class="endnote-slot">
        {note && (
          <span class="endnote-source" role="note" style="display:block">
            <strong>{note.n}.</strong> {note.text}
            {note.links.map((l) => (
              <span key={l.url} style="display:block">
                <a href={l.url} target="_blank" rel="noreferrer noopener">
                  {l.title}
                </a>
              </span>
            ))}
          </span>
        )}
      </span>
    </>
  );
}
