/**
 * Our one element in the page: a host carrying `data-brief-lens` with a closed shadow root that holds
 * the card, the selection button and the live region. It is created on first use (a page that is only
 * read never gets it), sits at the end of `<html>` outside the page's content, and takes no space.
 *
 * The root is closed so that the page's scripts cannot reach our buttons or read the card, and events
 * a script dispatches into it are dropped before any of our handlers sees them (trusted.ts). The host
 * is a plain `div`: a custom element name could be defined by the page first, which would run the
 * page's constructor on our host and could attach a root of its own before ours.
 */
import { BASE_CSS } from '../../components/card/base-css';
import { dropUntrusted } from './trusted';

const HOST_STYLE =
  'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;' +
  'height:0!important;overflow:visible!important;z-index:2147483647!important;display:block!important;' +
  'contain:none!important;pointer-events:auto!important';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card renders. */
  cardSlot: HTMLElement;
  /** Where the selection button renders. */
  selectionSlot: HTMLElement;
  /** Says something to screen readers. */
  announce(text: string): void;
  remove(): void;
}

/** Creates the host in a document. */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement('div');
  host.setAttribute('data-brief-lens', '');
  host.style.cssText = HOST_STYLE;
  const shadow = host.attachShadow({ mode: 'closed' });
  dropUntrusted(shadow);
  const win = doc.defaultView!;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(BASE_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = BASE_CSS;
    shadow.append(style);
  }
  const wrap = doc.createElement('div');
  wrap.className = 'bl';
  const cardSlot = doc.createElement('div');
  const selectionSlot = doc.createElement('div');
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  wrap.append(cardSlot, selectionSlot, live);
  shadow.append(wrap);
  doc.documentElement.append(host);
  return {
    host,
    shadow,
    cardSlot,
    selectionSlot,
    announce(text) {
      // Clearing first makes a repeated message count as a change.
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
    remove: () => host.remove(),
  };
}

/** A host made on first use and re-attached if the page removed it (some pages rewrite `<html>`). */
export function lazyUiHost(doc: Document): { get(): UiHost; current(): UiHost | null; remove(): void } {
  let ui: UiHost | null = null;
  return {
    get() {
      if (ui && !ui.host.isConnected) doc.documentElement.append(ui.host);
      ui ??= createUiHost(doc);
      return ui;
    },
    current: () => ui,
    remove() {
      ui?.remove();
      ui = null;
    },
  };
}
