/**
 * The part of the page code that only a reader who opens a card or saves a clipping needs: the Preact
 * card with its placement, and clipping drafts and anchoring. In the content script it is a separate
 * file (`page-ui.js`, loaded on first use, see ui-loader.ts), which keeps the script every page pays
 * for small; an extension page can import this module directly.
 */
import { CARD_CSS } from '../../components/card/card-css';
import { CardView, type CardHandlers } from './card-view';
import { anchorClippings, findClippings, selectionDraft, sentenceDraft } from './clippings';
import type { DetailsCache } from './details-cache';
import type { UiHost } from './ui-host';

export interface PageUi {
  /** The card of a page, rendered into our shadow root (whose styles it adds). */
  createCard(ui: () => UiHost, details: DetailsCache, handlers: CardHandlers): CardView;
  sentenceDraft: typeof sentenceDraft;
  selectionDraft: typeof selectionDraft;
  anchorClippings: typeof anchorClippings;
  findClippings: typeof findClippings;
}

/** Adds the card's stylesheet to our shadow root once. */
function styleHost(ui: UiHost): void {
  const root = ui.shadow;
  if (root.querySelector('style[data-card]')) return;
  const style = root.ownerDocument.createElement('style');
  style.setAttribute('data-card', '');
  style.textContent = CARD_CSS;
  root.prepend(style);
}

export const pageUi: PageUi = {
  createCard: (ui, details, handlers) =>
    new CardView(
      () => {
        const host = ui();
        styleHost(host);
        return host;
      },
      details,
      handlers,
    ),
  sentenceDraft,
  selectionDraft,
  anchorClippings,
  findClippings,
};

/** The global the lazily loaded file sets in the content script's isolated world (never the page's). */
export const PAGE_UI_GLOBAL = '__briefLensPageUi';
