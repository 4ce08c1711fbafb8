import type { Clipping } from '../../lib/db/clipping';
import { isHttpUrl } from '../../lib/clip/url';

interface Props {
  clipping: Clipping;
  labels: ReadonlyMap<string, string>;
  onOpen?: (clipping: Clipping) => void;
  onEdit: (clipping: Clipping) => void;
  onDelete: (clipping: Clipping) => void;
}

function savedDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One clipping in the list: the quote, its source, tags and entries, and what can be done with it. */
export function ClippingRow({ clipping: c, labels, onOpen, onEdit, onDelete }: Props) {
  const entries = c.entryIds.map((id) => labels.get(id) ?? id);
  const canOpen = onOpen !== undefined && isHttpUrl(c.canonicalUrl);
  return (
    <article class="clip" aria-label={`Clipping from ${c.site}`}>
      <blockquote class="clip-quote" title={c.quote}>
        {c.quote}
      </blockquote>
      <div class="clip-meta small muted">
        <span class="clip-source">{c.title}</span> · {c.site} · saved {savedDay(c.createdAt)}
        {c.note ? <span class="clip-note"> · {c.note}</span> : null}
      </div>
      <div class="clip-foot">
        <span class="clip-tags small">
          {[...c.tags.map((t) => `#${t}`), ...entries].join('  ')}
        </span>
        <span class="row">
          {canOpen ? (
            <button type="button" class="linklike" onClick={() => onOpen(c)}>
              Open at source
            </button>
          ) : null}
          <button type="button" onClick={() => onEdit(c)} aria-label={`Edit note and tags of clipping from ${c.site}`}>
            Edit
          </button>
          <button type="button" onClick={() => onDelete(c)} aria-label={`Delete clipping from ${c.site}`}>
            Delete
          </button>
        </span>
      </div>
    </article>
  );
}
