/**
 * The page controller: marks, hover card, keyboard reading and clippings for one root. The content
 * script starts it on every frame's body; the onboarding page starts it on its sample article with
 * its own sources. The card and clipping code load on first use (options.loadUi). Nothing here may
 * throw into the page: every entry point catches.
 */
import type { ClippingDraft, Command, PageSummary, SaveResult } from '../messaging/protocol';
import { routeHash } from '../messaging/protocol';
import { runCommand, scrollToMark } from './commands';
import { DetailsCache } from './details-cache';
import { markAtPoint } from './hit-test';
import { watchHover } from './hover';
import { LazyCard } from './lazy-card';
import type { Mark } from './mark-index';
import type { PageControllerOptions } from './options';
import type { PageUi } from './page-ui';
import { PageSession } from './page-session';
import { selectedRange, watchSelection } from './selection-button';
import { mentionKey } from './summary';
import { lazyUiHost } from './ui-host';

export type { PageControllerOptions } from './options';

export interface PageController {
  summary(): PageSummary;
  command(name: Command): void;
  scrollToMention(p: { entryId: string | null; label: string; index: number }): boolean;
  readonly session: PageSession;
  stop(): void;
}

/** Starts marking `options.root` and everything that goes with it. */
export async function startPageController(o: PageControllerOptions): Promise<PageController> {
  const doc = o.root.ownerDocument;
  const ui = lazyUiHost(doc);
  const details = new DetailsCache(o.getDetails);
  const stops: (() => void)[] = [];
  const session = new PageSession(o, await o.getSettings(), details, () => {
    if (card.mark && !session.index.marks.includes(card.mark)) card.close();
    o.report?.(session.summary());
  });

  const open = (hash: string) => void Promise.resolve(o.openSidePanel(hash)).catch(() => undefined);
  /** Builds a draft with the UI code and sends it; the outcome is what the user is shown. */
  const save = async (make: (pageUi: PageUi) => ClippingDraft | null): Promise<SaveResult> => {
    if (!o.saveClipping) return { ok: false, error: 'saving is not available here' };
    const draft = make(await o.loadUi());
    if (!draft) return { ok: false, error: 'nothing to save' };
    const r = await o.saveClipping(draft);
    if (r.ok) void remarkClippings();
    return r;
  };
  const saveSentence = (mark: Mark) => save((p) => p.sentenceDraft(o.root, mark, o.url()));
  const saveSelection = (range: Range) =>
    save((p) => p.selectionDraft(o.root, range, session.index.marks, o.url()));
  // What re-marking found, for the side panel's "not found on this page"; unset until it has run.
  let clippings: PageSummary['clippings'];
  const remarkClippings = async () => {
    if (!o.clippingsForUrl || !session.enabled) return;
    const stored = await o.clippingsForUrl(o.url());
    if (stored.length === 0 || !session.enabled) {
      clippings = { marked: 0, missing: [] };
      return;
    }
    const pageUi = await o.loadUi();
    const found = pageUi.findClippings(o.root, stored);
    session.layer.set('clipping', found.ranges);
    clippings = { marked: found.ranges.length, missing: found.missing };
  };

  const card = new LazyCard(o.loadUi, ui.get, details, {
    readInBrief: (id) => open(routeHash({ view: 'para', id })),
    openEntry: (id) => open(routeHash({ view: 'entry', id })),
    lookUp: (query) => open(routeHash({ view: 'search', query })),
    saveSentence,
    mute: (id) => void o.muteEntry(id).catch(() => undefined),
    closed: () => hover.forget(),
  });
  const hover = watchHover({
    win: doc.defaultView!,
    hitTest: (x, y) => (session.enabled ? markAtPoint(doc, session.layer, session.index, x, y) : undefined),
    inOurUi: (e) => card.contains(e),
    delayMs: () => session.settings.hoverDelayMs,
    modifier: () => session.settings.hoverModifier,
    onDwell: (m) => !card.pinned && card.open(m),
    onLeave: () => !card.pinned && card.close(),
    onPointerMark: (m) => {
      if (session.settings.markStyle === 'hover') session.layer.set('active', m ? [m.range] : []);
    },
  });
  stops.push(() => hover.stop());
  const enabled = () => session.enabled && session.settings.selectionButton;
  stops.push(watchSelection({ root: o.root, ui: ui.get, enabled, save: saveSelection }));
  if (o.watchSettings) stops.push(o.watchSettings((s) => guard(() => session.applySettings(s))));
  if (o.watchTable) stops.push(o.watchTable((t) => guard(() => session.setTable(t))));
  session.setTable(await o.loadTable().catch(() => null));
  remarkClippings().catch(() => undefined);

  const controller: PageController = {
    session,
    summary: () => (clippings ? { ...session.summary(), clippings } : session.summary()),
    command: (name) =>
      guard(() =>
        runCommand(name, {
          session,
          card,
          announce: (text) => ui.get().announce(text),
          saveSelectionOrCard: () => {
            const range = selectedRange(doc, o.root);
            if (range) return saveSelection(range);
            if (card.mark) return saveSentence(card.mark);
            return Promise.resolve({ ok: false, error: 'select some text first' });
          },
        }),
      ),
    scrollToMention: (p) => {
      const key = mentionKey({ entryId: p.entryId, label: p.label, kind: 'document' });
      const matching = session.wantedMarks.filter((m) => mentionKey(m.mention) === key);
      const mark = matching[Math.max(0, Math.min(p.index, matching.length - 1))];
      if (mark) scrollToMark(session, mark);
      return mark !== undefined;
    },
    stop: () => {
      card.close();
      stops.forEach((s) => s());
      session.stop();
      ui.remove();
    },
  };
  o.signal?.addEventListener('abort', () => controller.stop(), { once: true });
  return controller;
}

/** Runs a callback, swallowing its errors so they never reach the page. */
function guard(fn: () => unknown): void {
  try {
    const r = fn();
    if (r instanceof Promise) r.catch(() => undefined);
  } catch {
    // Deliberately silent: a failure of ours must not become the page's error.
  }
}
