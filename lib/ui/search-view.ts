/**
 * The side panel's view of search results: groups by kind, each item with what to show and where it
 * leads. The search itself is `lib/search`; this only shapes its answer for display and keyboard use.
 */
import type { SidePanelRoute } from '../messaging/protocol';

export type ResultKind = 'entry' | 'document' | 'paragraph' | 'clipping';

export interface ResultItem {
  /** Unique across all groups: it becomes the option's DOM id. */
  key: string;
  kind: ResultKind;
  /** The entry, document, paragraph or clipping id. */
  ref: string;
  title: string;
  /** Chinese forms, a section name, or a site: the second line. */
  detail?: string;
  /** Where choosing the item goes in the side panel. */
  route: SidePanelRoute;
}

export interface ResultGroup {
  kind: ResultKind;
  items: ResultItem[];
}

/** The order groups are shown in, whatever order the search returns them. */
export const GROUP_ORDER: readonly ResultKind[] = ['entry', 'document', 'paragraph', 'clipping'];

/** The items of all groups in display order, for keyboard movement across group boundaries. */
export function flatItems(groups: readonly ResultGroup[]): ResultItem[] {
  return [...groups]
    .sort((a, b) => GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind))
    .flatMap((g) => g.items);
}

/**
 * The active option after a key press in the search box: arrows move and wrap, Home and End jump
 * (with the Control key, so plain Home and End still move the caret); -1 is no active option.
 */
export function moveActive(key: string, ctrl: boolean, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return ctrl ? 0 : null;
    case 'End':
      return ctrl ? count - 1 : null;
    default:
      return null;
  }
}
