/** Where saving a clipping from the card stands. */
export type SaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: string };

interface Props {
  known: boolean;
  pinned: boolean;
  save: SaveState;
  onSave: () => void;
  onMute: () => void;
  onPin: () => void;
}

const STATUS: Record<SaveState['state'], string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Clipping saved.',
  error: 'Could not save the clipping',
};

/** The card's actions: save the sentence as a clipping, mute the term, pin the card. */
export function CardActions(props: Props) {
  const s = props.save;
  return (
    <div class="actions">
      <button type="button" onClick={props.onSave} disabled={s.state === 'saving'}>
        Save clipping
      </button>
      {props.known && (
        <button type="button" onClick={props.onMute}>
          Mute this term
        </button>
      )}
      {!props.pinned && (
        <button type="button" onClick={props.onPin}>
          Pin
        </button>
      )}
      <p class="status" role="status">
        {STATUS[s.state]}
        {s.state === 'error' ? `: ${s.error}` : ''}
      </p>
    </div>
  );
}
