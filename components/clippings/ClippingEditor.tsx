import { useState } from 'preact/hooks';
import type { Clipping } from '../../lib/db/clipping';
import { t } from '../../lib/i18n/i18n';

interface Props {
  clipping: Clipping;
  onSave: (edit: { note: string; tags: string[] }) => void;
  onCancel: () => void;
}

/** Tags as typed in one field, separated by commas. */
export function parseTags(value: string): string[] {
  return value
    .split(/[,，]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** Edits one clipping's note and tags; Escape cancels. */
export function ClippingEditor({ clipping, onSave, onCancel }: Props) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  return (
    <form
      class="clip-editor notice"
      aria-label={t('clipEditLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ note, tags: parseTags(tags) });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <blockquote class="clip-quote">{clipping.quote}</blockquote>
      <label class="clip-field">
        {t('clipNote')}
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} autoFocus />
      </label>
      <label class="clip-field">
        {t('clipTags')}
        <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary">
          {t('clipSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('clipCancel')}
        </button>
      </div>
    </form>
  );
}
