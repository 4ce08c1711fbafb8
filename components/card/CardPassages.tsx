import type { PassageView } from '../../lib/messaging/protocol';

const MAX_CHARS = 220;

/** Shortens a passage at a word or sentence edge near `max` characters. */
export function excerpt(text: string, max = MAX_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const edge = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('。'), cut.lastIndexOf('，'));
  return `${cut.slice(0, edge > max * 0.6 ? edge : max).trimEnd()}…`;
}

/** One or two of the brief's passages about the entry, each with its section and a way into the reader. */
export function CardPassages(props: { passages: PassageView[]; onRead: (paragraphId: string) => void }) {
  const shown = props.passages.slice(0, 2);
  if (shown.length === 0) return null;
  return (
    <section>
      <h3>In the brief</h3>
      {shown.map((p) => (
        <blockquote key={p.paragraphId}>
          <p>{excerpt(p.text)}</p>
          <span class="sec">{p.section} · </span>
          <button type="button" class="link" onClick={() => props.onRead(p.paragraphId)}>
            Read in brief
          </button>
        </blockquote>
      ))}
    </section>
  );
}
