import type { Clipping } from '../../lib/db/clipping';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../lib/clip/export/formats';

interface Props {
  /** The clippings to export: those the list shows. */
  items: readonly Clipping[];
  labels: ReadonlyMap<string, string>;
}

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

function exportAs(format: ExportFormat, items: readonly Clipping[], labels: ReadonlyMap<string, string>): void {
  const now = new Date();
  downloadText(format.build(items, { labels, now }), exportFileName(format, now), format.mime);
}

/** One button per export format. */
export function ExportBar({ items, labels }: Props) {
  return (
    <div class="row clip-export" role="group" aria-label={`Export ${items.length} clippings`}>
      <span class="small muted">Export:</span>
      {EXPORT_FORMATS.map((format) => (
        <button key={format.id} type="button" disabled={items.length === 0} onClick={() => exportAs(format, items, labels)}>
          {format.label}
        </button>
      ))}
    </div>
  );
}
