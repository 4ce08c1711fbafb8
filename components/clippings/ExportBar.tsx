import { useState } from 'preact/hooks';
import type { Clipping } from '../../lib/db/clipping';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../lib/clip/export/formats';
import { t } from '../../lib/i18n/i18n';

interface Props {
  /** The clippings the list shows (after search and filters). */
  items: readonly Clipping[];
  /** How many clippings there are in all. */
  total: number;
  /** Reads every clipping, newest first, for "Export all" while a filter is on. */
  loadAll: () => Promise<readonly Clipping[]>;
  labels: ReadonlyMap<string, string>;
  onError: (message: string) => void;
}

type Scope = 'shown' | 'all';

/** Saves `text` as a file through a temporary `<a download>`. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportAs(
  format: ExportFormat,
  items: readonly Clipping[],
  labels: ReadonlyMap<string, string>,
): void {
  const now = new Date();
  downloadText(format.build(items, { labels, now }), exportFileName(format, now), format.mime);
}

/**
 * One button per export format. While a search or filter hides some clippings, the user chooses
 * between the ones shown (the default) and all of them, and the bar says which it will export.
 */
export function ExportBar({ items, total, loadAll, labels, onError }: Props) {
  const [scope, setScope] = useState<Scope>('shown');
  const filtered = items.length !== total;
  const all = !filtered || scope === 'all';
  const heading = all ? t('clipExportAll', { n: total }) : t('clipExportShown', { n: items.length });
  const run = async (format: ExportFormat) => {
    try {
      exportAs(format, all && filtered ? await loadAll() : items, labels);
    } catch (error) {
      onError(t('clipReadError', { error: String(error) }));
    }
  };
  return (
    <div class="clip-export" role="group" aria-label={heading}>
      {filtered ? (
        <fieldset class="row clip-scope">
          <legend class="small">{t('clipExportScope')}</legend>
          {(['shown', 'all'] as const).map((s) => (
            <label key={s} class="small">
              <input
                type="radio"
                name="clip-export-scope"
                checked={scope === s}
                onChange={() => setScope(s)}
              />
              {s === 'shown' ? t('clipScopeShown', { n: items.length }) : t('clipScopeAll', { n: total })}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div class="row">
        <span class="small muted">{heading}</span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format.id}
            type="button"
            disabled={(all ? total : items.length) === 0}
            onClick={() => void run(format)}
          >
            {format.label}
          </button>
        ))}
      </div>
    </div>
  );
}
