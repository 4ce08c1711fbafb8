import { t } from '../../lib/i18n/i18n';
import { MAX_IMPORT_CHARS } from '../../lib/clip/import-schema';

interface Props {
  onFile: (text: string) => void;
  onRefuse: (message: string) => void;
}

/** A file picker for our Web Annotation export; the file is read as text and never shown as HTML. */
export function ImportButton({ onFile, onRefuse }: Props) {
  return (
    <label class="clip-import">
      <span class="small">{t('clipImportLabel')}</span>
      <input
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          // A character takes at most four bytes in UTF-8, so a file this large surely exceeds the limit.
          if (file.size > MAX_IMPORT_CHARS * 4) {
            onRefuse(t('clipImportTooLarge'));
            return;
          }
          file
            .text()
            .then(onFile, (error: unknown) => onRefuse(t('clipImportUnreadable', { error: String(error) })));
        }}
      />
    </label>
  );
}
