/** Keyboard reading: the extension's commands as they act on the page. */
import type { Command, SaveResult } from '../messaging/protocol';
import type { CardLike } from './lazy-card';
import type { Mark } from './mark-index';
import type { PageSession } from './page-session';

export interface CommandContext {
  session: PageSession;
  card: CardLike;
  announce(text: string): void;
  saveSelectionOrCard(): Promise<SaveResult>;
}

const FLASH_MS = 1500;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls a mark into the middle of the view and flashes it. */
export function scrollToMark(session: PageSession, mark: Mark): void {
  const el = mark.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  session.layer.set('active', [mark.range]);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => session.layer.set('active', []), FLASH_MS);
}

/** The sentence a screen reader hears after the marks are toggled. */
export function toggleMessage(hidden: boolean, count: number): string {
  if (hidden) return 'Brief Lens marks hidden on this page.';
  return count === 1 ? 'Brief Lens: 1 mark on this page.' : `Brief Lens: ${count} marks on this page.`;
}

/** Runs one command. */
export async function runCommand(name: Command, c: CommandContext): Promise<void> {
  const { session, card } = c;
  switch (name) {
    case 'toggle-marks': {
      session.hidden = !session.hidden;
      session.refresh();
      c.announce(toggleMessage(session.hidden, session.index.size));
      return;
    }
    case 'next-mark':
    case 'previous-mark': {
      if (session.hidden) {
        session.hidden = false;
        session.refresh();
      }
      const from = session.index.indexOf(card.mark);
      const mark = session.index.step(from, name === 'next-mark' ? 1 : -1);
      if (!mark) return c.announce('Brief Lens: no marks on this page.');
      scrollToMark(session, mark);
      card.open(mark, true);
      return;
    }
    case 'save-clipping': {
      const r = await c.saveSelectionOrCard();
      c.announce(r.ok ? 'Clipping saved.' : `Clipping not saved: ${r.error}`);
      return;
    }
  }
}
