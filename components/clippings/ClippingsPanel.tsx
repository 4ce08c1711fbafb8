import { useState } from 'preact/hooks';
import { importClippings } from '../../lib/clip/import';
import type { Clipping } from '../../lib/db/clipping';
import { deleteClipping, restoreClipping, updateClipping, type ClippingFilter } from '../../lib/db/clippings';
import type { BriefLensDB } from '../../lib/db/db';
import { ClippingEditor } from './ClippingEditor';
import { ClippingFilters } from './ClippingFilters';
import { ClippingRow } from './ClippingRow';
import { ExportBar } from './ExportBar';
import { ImportButton } from './ImportButton';
import { useClippings } from './use-clippings';
import { VirtualList } from './VirtualList';
import './clippings.css';

interface Props {
  db: BriefLensDB;
  /** Opens the clipping's page and scrolls to the quote; the side panel decides how. */
  onOpen?: (clipping: Clipping) => void;
  /** Row height in pixels; rows are equal so the list can be virtualised by arithmetic. */
  rowHeight?: number;
}

type Status = { kind: 'info' | 'error'; text: string; undo?: Clipping };

/** The side panel's clippings: search, filters, the list, editing, delete with undo, export and import. */
export function ClippingsPanel({ db, onOpen, rowHeight = 132 }: Props) {
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Clipping | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const state = useClippings(db, filter, version);
  const reload = () => setVersion((n) => n + 1);

  const remove = async (c: Clipping) => {
    const removed = await deleteClipping(db, c.id);
    if (removed) setStatus({ kind: 'info', text: 'Clipping deleted.', undo: removed });
    reload();
  };
  const undo = async (c: Clipping) => {
    const result = await restoreClipping(db, c);
    setStatus(result.ok ? { kind: 'info', text: 'Clipping restored.' } : { kind: 'error', text: result.error });
    reload();
  };
  const save = async (c: Clipping, edit: { note: string; tags: string[] }) => {
    const result = await updateClipping(db, c.id, edit);
    setStatus(result.ok ? { kind: 'info', text: 'Changes saved.' } : { kind: 'error', text: result.error });
    if (result.ok) setEditing(undefined);
    reload();
  };
  const runImport = async (text: string) => {
    const result = await importClippings(db, text);
    setStatus(
      result.ok
        ? { kind: 'info', text: `Imported ${result.added} clipping${result.added === 1 ? '' : 's'}; ${result.skipped} already present.` }
        : { kind: 'error', text: result.error },
    );
    reload();
  };

  return (
    <section class="clippings" aria-label="Clippings">
      <ClippingFilters filter={filter} facets={state.facets} labels={state.labels} onChange={setFilter} />
      <div class="spread small">
        <span aria-live="polite">
          {state.loading ? 'Loading…' : `${state.items.length} of ${state.facets.total} clippings`}
        </span>
        <ImportButton onFile={(text) => void runImport(text)} onRefuse={(text) => setStatus({ kind: 'error', text })} />
      </div>
      <div class={status?.kind === 'error' ? 'clip-status clip-error' : 'clip-status'} role={status?.kind === 'error' ? 'alert' : 'status'}>
        {status ? status.text : null}
        {status?.undo ? (
          <button type="button" onClick={() => void undo(status.undo!)}>
            Undo
          </button>
        ) : null}
      </div>
      {state.error ? <p role="alert">{state.error}</p> : null}
      {editing ? (
        <ClippingEditor key={editing.id} clipping={editing} onSave={(edit) => void save(editing, edit)} onCancel={() => setEditing(undefined)} />
      ) : null}
      {!state.loading && state.items.length === 0 ? (
        <p class="muted">{state.facets.total === 0 ? 'No clippings yet. Select text on a page and choose Save clipping.' : 'No clippings match.'}</p>
      ) : (
        <VirtualList
          items={state.items}
          rowHeight={rowHeight}
          label="Saved clippings, newest first"
          keyOf={(c) => c.id}
          renderRow={(c) => (
            <ClippingRow clipping={c} labels={state.labels} onOpen={onOpen} onEdit={setEditing} onDelete={(x) => void remove(x)} />
          )}
        />
      )}
      <ExportBar items={state.items} labels={state.labels} />
    </section>
  );
}
