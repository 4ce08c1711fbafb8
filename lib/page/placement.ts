/** Placing the card beside a mark with @floating-ui/dom: flips and shifts at edges, follows scrolling. */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';

/** A floating-ui reference for a DOM range: its line boxes, scrolled with its element. */
export function rangeReference(range: Range): VirtualElement {
  const parent = range.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => {
      // The first line box: a card under the start of a mark that wraps reads naturally.
      const first = range.getClientRects()[0];
      return first ?? range.getBoundingClientRect();
    },
    getClientRects: () => range.getClientRects(),
    contextElement: parent,
  };
}

/** Keeps `floating` placed against `range` until the returned function is called. */
export function placeBeside(range: Range, floating: HTMLElement): () => void {
  const reference = rangeReference(range);
  const update = () => {
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    })
      .then(({ x, y }) => {
        floating.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      })
      .catch(() => undefined);
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
