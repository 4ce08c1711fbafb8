/**
 * The card's life on the page: which mark it shows, whether it is pinned, its details as they arrive,
 * placement, Esc, and focus. A pinned card is a dialog that takes focus and gives it back on close.
 */
import { h, render } from 'preact';
import { Card } from '../../components/card/Card';
import type { SaveState } from '../../components/card/CardActions';
import type { SaveResult } from '../messaging/protocol';
import type { DetailsCache } from './details-cache';
import type { Mark } from './mark-index';
import { placeBeside } from './placement';
import { byUser } from './trusted';
import type { UiHost } from './ui-host';

export interface CardHandlers {
  readInBrief(paragraphId: string): void;
  openEntry(id: string): void;
  lookUp(query: string): void;
  saveSentence(mark: Mark): Promise<SaveResult>;
  mute(entryId: string): void;
  /** Called after the card closed, whatever closed it. */
  closed(): void;
}

/** The one card of a page. */
export class CardView {
  mark: Mark | undefined;
  pinned = false;
  private save: SaveState = { state: 'idle' };
  private unplace: (() => void) | undefined;
  private returnFocus: HTMLElement | null = null;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.mark && byUser(e)) {
      e.stopPropagation();
      this.close();
    }
  };

  constructor(
    private readonly ui: () => UiHost,
    private readonly details: DetailsCache,
    private readonly handlers: CardHandlers,
  ) {}

  /** Whether an event happened inside our UI. */
  contains(e: Event): boolean {
    const host = this.mark ? this.ui().host : null;
    return host !== null && e.composedPath().includes(host);
  }

  /** Shows the card for a mark (pinned: as a focused dialog). */
  open(mark: Mark, pinned = false): void {
    const ui = this.ui();
    const same = this.mark === mark;
    if (!this.mark) ui.host.ownerDocument.defaultView?.addEventListener('keydown', this.onKey, true);
    this.mark = mark;
    this.pinned = pinned || (same && this.pinned);
    if (!same) this.save = { state: 'idle' };
    this.render();
    if (!same) {
      this.unplace?.();
      const el = ui.cardSlot.firstElementChild as HTMLElement | null;
      if (el) this.unplace = placeBeside(mark.range, el);
    }
    if (this.pinned) this.focus();
    const id = mark.mention.entryId;
    if (id && !this.details.peek(id))
      void this.details.get(id).then(() => this.mark === mark && this.render());
  }

  pin(): void {
    if (!this.mark) return;
    this.pinned = true;
    this.render();
    this.focus();
  }

  close(): void {
    if (!this.mark) return;
    const ui = this.ui();
    ui.host.ownerDocument.defaultView?.removeEventListener('keydown', this.onKey, true);
    this.unplace?.();
    this.unplace = undefined;
    this.mark = undefined;
    this.pinned = false;
    render(null, ui.cardSlot);
    this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.handlers.closed();
  }

  private focus(): void {
    const el = this.ui().cardSlot.firstElementChild as HTMLElement | null;
    if (!el) return;
    const active = el.ownerDocument.activeElement as HTMLElement | null;
    if (active && active !== this.ui().host) this.returnFocus ??= active;
    el.focus({ preventScroll: true });
  }

  private async saveClipping(mark: Mark): Promise<void> {
    this.save = { state: 'saving' };
    this.render();
    const r = await this.handlers
      .saveSentence(mark)
      .catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    this.save = r.ok ? { state: 'saved' } : { state: 'error', error: r.error };
    if (this.mark === mark) this.render();
  }

  private render(): void {
    const mark = this.mark;
    if (!mark) return;
    const m = mark.mention;
    const props = {
      mention: m,
      details: m.entryId ? this.details.lookup(m.entryId) : null,
      pinned: this.pinned,
      save: this.save,
      onReadInBrief: this.handlers.readInBrief,
      onOpenEntry: this.handlers.openEntry,
      onLookUp: this.handlers.lookUp,
      onSave: () => void this.saveClipping(mark),
      onMute: () => {
        if (m.entryId) this.handlers.mute(m.entryId);
        this.close();
      },
      onPin: () => this.pin(),
      onClose: () => this.close(),
    };
    render(h(Card, props), this.ui().cardSlot);
  }
}
