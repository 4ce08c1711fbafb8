import type { Mention } from '../../lib/match/types';
import type { EntryDetails } from '../../lib/messaging/protocol';
import { CardActions, type SaveState } from './CardActions';
import { CardPassages } from './CardPassages';
import { CardSources } from './CardSources';

export interface CardProps {
  mention: Mention;
  /** Undefined while loading; null when the background has nothing for this id. */
  details: EntryDetails | null | undefined;
  pinned: boolean;
  save: SaveState;
  onReadInBrief: (paragraphId: string) => void;
  onOpenEntry: (id: string) => void;
  onLookUp: (query: string) => void;
  onSave: () => void;
  onMute: () => void;
  onPin: () => void;
  onClose: () => void;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The card for one mark: what the brief says about the term or document, and what to do next. */
export function Card(props: CardProps) {
  const { mention: m, details: d, pinned } = props;
  const label = d?.label ?? m.label;
  const alias = fold(m.text) !== fold(label) && m.text !== d?.zh?.hans ? m.text : null;
  return (
    <div
      class="card"
      role={pinned ? 'dialog' : 'tooltip'}
      aria-modal={pinned ? 'false' : undefined}
      aria-labelledby="bl-title"
      tabIndex={pinned ? -1 : undefined}
      data-entry={m.entryId ?? ''}
      data-kind={m.kind}
    >
      <div class="head">
        <div>
          <h2 id="bl-title">{label}</h2>
          {d?.zh && (
            <p class="zh" lang="zh">
              <b>{d.zh.hans}</b>
              {d.zh.hant !== d.zh.hans && <b>{d.zh.hant}</b>}
              <span lang="zh-Latn-pinyin">{d.zh.pinyin}</span>
            </p>
          )}
          {alias && <p class="alias">Matched “{alias}”</p>}
        </div>
        {pinned && (
          <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      <CardBody {...props} />
      <CardActions {...props} known={m.entryId !== null} />
    </div>
  );
}

function CardBody(props: CardProps) {
  const { mention: m, details: d } = props;
  if (m.entryId === null) {
    return (
      <>
        <p class="def">A document title this page cites. It is not one the brief discusses.</p>
        <button type="button" onClick={() => props.onLookUp(m.label)}>
          Look up in side panel
        </button>
      </>
    );
  }
  if (d === undefined) return <p class="def">Loading…</p>;
  if (d === null) return <p class="def">The brief's details for this entry are not available.</p>;
  return (
    <>
      {d.kind === 'document' && (
        <p class="meta">
          {[d.issuer, d.date].filter(Boolean).join(' · ')}
          {d.urls?.[0] && (
            <>
              {' · '}
              <a href={d.urls[0]} target="_blank" rel="noopener noreferrer">
                Official text
              </a>
            </>
          )}
        </p>
      )}
      <p class="def">{d.definition}</p>
      <CardPassages passages={d.passages} onRead={props.onReadInBrief} />
      <CardSources details={d} onOpenEntry={props.onOpenEntry} />
    </>
  );
}
