import { useCallback, useMemo, useState } from 'preact/hooks';
import { importClippings } from '../../lib/clip/import';
import type { Clipping } from '../../lib/db/clipping';
import {
  deleteClipping,
  listClippings,
  restoreClipping,
  updateClipping,
  type ClippingFilter,
} from '../../lib/db/clippings';
import type { BriefLensDB } from '../../lib/db/db';
import { t } from '../../lib/i18n/i18n';
import type { PageSummary } from '../../lib/messaging/protocol';
import { ClippingEditor } from './ClippingEditor';
import { ClippingFilters } from './ClippingFilters';
import { ClippingRow } from './ClippingRow';
import { ExportBar } from './ExportBar';
import { ImportButton } from './ImportButton';
import { MissingClippings } from './MissingClippings';
import { useClippings } from './use-clippings';
import { useMissingClippings } from './use-missing';
import { VirtualList } from './VirtualList';
import './clippings.css';

interface Props {
  db: BriefLensDB;
  /** Opens the clipping's page and scrolls to the quote; the side panel decides how. */
  onOpen?: (clipping: Clipping) => void;
  /** The summary of the page in the current tab, which says which of its clippings it could not find. */
  page?: PageSummary;
  /** Asks the page for its summary again (it may not have looked its clippings up yet). */
  refreshPage?: () => void;
  /** Row height in pixels; rows are equal so the list can be virtualised by arithmetic. */
  rowHeight?: number;
}

type Status = { kind: 'info' | 'error'; text: string; undo?: Clipping };

/** The side panel's clippings: search, filters, the list, editing, delete with undo, export and import. */
export function ClippingsPanel({ db, onOpen, page, refreshPage, rowHeight = 132 }: Props) {
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Clipping | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const state = useClippings(db, filter, version);
  const missing = useMissingClippings(db, page, refreshPage, version);
  const missingIds = useMemo(() => new Set(missing.map((c) => c.id)), [missing]);
  const reload = () => setVersion((n) => n + 1);
  const loadAll = useCallback(() => listClippings(db), [db]);

  const remove = async (c: Clipping) => {
    const removed = await deleteClipping(db, c.id);
    if (removed) setStatus({ kind: 'info', text: t('clipDeleted'), undo: removed });
    reload();
  };
  const undo = async (c: Clipping) => {
    const result = await restoreClipping(db, c);
    setStatus(result.ok ? { kind: 'info', text: t('clipRestored') } : { kind: 'error', text: result.error });
    reload();
  };
  const save = async (c: Clipping, edit: { note: string; tags: string[] }) => {
    const result = await updateClipping(db, c.id, edit);
    setStatus(
      result.ok ? { kind: 'info', text: t('clipChangesSaved') } : { kind: 'error', text: result.error },
    );
    if (result.ok) setEditing(undefined);
    reload();
  };
  const runImport = async (text: string) => {
    const result = await importClippings(db, text);
    if (!result.ok) setStatus({ kind: 'error', text: t('clipImportRefused', { error: result.error }) });
    else {
      const key = result.added === 1 ? 'clipImportedOne' : 'clipImported';
      setStatus({ kind: 'info', text: t(key, { added: result.added, skipped: result.skipped }) });
    }
    reload();
  };
  const showError = (text: string) => setStatus({ kind: 'error', text });

  return (
    <section class="clippings" aria-label={t('navClippings')}>
      <ClippingFilters filter={filter} facets={state.facets} labels={state.labels} onChange={setFilter} />
      <div class="spread small">
        <span aria-live="polite">
          {state.loading
            ? t('stateLoading')
            : t('clipCount', { shown: state.items.length, total: state.facets.total })}
        </span>
        <ImportButton onFile={(text) => void runImport(text)} onRefuse={showError} />
      </div>
      <div
        class={status?.kind === 'error' ? 'clip-status clip-error' : 'clip-status'}
        role={status?.kind === 'error' ? 'alert' : 'status'}
      >
        {status ? status.text : null}
        {status?.undo ? (
          <button type="button" onClick={() => void undo(status.undo!)}>
            {t('clipUndo')}
          </button>
        ) : null}
      </div>
      {state.error ? <p role="alert">{t('clipReadError', { error: state.error })}</p> : null}
      <MissingClippings clippings={missing} />
      {editing ? (
        <ClippingEditor
          key={editing.id}
          clipping={editing}
          onSave={(edit) => void save(editing, edit)}
          onCancel={() => setEditing(undefined)}
        />
      ) : null}
      {!state.loading && state.items.length === 0 ? (
        <p class="muted">{state.facets.total === 0 ? t('clipEmpty') : t('clipNoMatch')}</p>
      ) : (
        <VirtualList
          items={state.items}
          rowHeight={rowHeight}
          label={t('clipListLabel')}
          keyOf={(c) => c.id}
          renderRow={(c) => (
            <ClippingRow
              clipping={c}
              labels={state.labels}
              missing={missingIds.has(c.id)}
              onOpen={onOpen}
              onEdit={setEditing}
              onDelete={(x) => void remove(x)}
            />
          )}
        />
      )}
      <ExportBar
        items={state.items}
        total={state.facets.total}
        loadAll={loadAll}
        labels={state.labels}
        onError={showError}
      />
    </section>
  );
}
