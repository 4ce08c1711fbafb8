/** The card behind a loader: nothing is loaded until a card is first opened. */
import type { CardHandlers, CardView } from './card-view';
import type { DetailsCache } from './details-cache';
import type { Mark } from './mark-index';
import type { PageUi } from './page-ui';
import type { UiHost } from './ui-host';

/** The card operations the controller and the commands use. */
export interface CardLike {
  readonly mark: Mark | undefined;
  readonly pinned: boolean;
  contains(e: Event): boolean;
  open(mark: Mark, pinned?: boolean): void;
  close(): void;
}

/** A card that loads its code on first open; until then it is closed. */
export class LazyCard implements CardLike {
  private view: CardView | null = null;
  /** The latest open request, so only the last of several made while loading is shown. */
  private wanted: { mark: Mark; pinned: boolean } | null = null;

  constructor(
    private readonly load: () => Promise<PageUi>,
    private readonly ui: () => UiHost,
    private readonly details: DetailsCache,
    private readonly handlers: CardHandlers,
  ) {}

  get mark(): Mark | undefined {
    return this.view?.mark;
  }

  get pinned(): boolean {
    return this.view?.pinned ?? false;
  }

  contains(e: Event): boolean {
    return this.view?.contains(e) ?? false;
  }

  open(mark: Mark, pinned = false): void {
    if (this.view) return this.view.open(mark, pinned);
    const first = this.wanted === null;
    this.wanted = { mark, pinned };
    if (!first) return;
    this.load()
      .then((ui) => {
        this.view ??= ui.createCard(this.ui, this.details, this.handlers);
        const w = this.wanted;
        this.wanted = null;
        if (w) this.view.open(w.mark, w.pinned);
      })
      .catch(() => (this.wanted = null));
  }

  close(): void {
    this.wanted = null;
    this.view?.close();
  }
}
