/**
 * Loading the card and clipping code (page-ui.ts) on first use. In a content script the file is a
 * web-accessible extension resource imported into the isolated world, where it leaves its API on the
 * isolated world's global; the page's own scripts never see it.
 */
import type { PageUi } from './page-ui';

// The same name as PAGE_UI_GLOBAL in page-ui.ts, repeated so that this file does not import that module.
const GLOBAL = '__briefLensPageUi';

/** A loader for the UI built as `path` in the extension, loaded once. */
export function extensionUiLoader(resourceUrl: string): () => Promise<PageUi> {
  let loading: Promise<PageUi> | null = null;
  return () => {
    loading ??= import(/* @vite-ignore */ resourceUrl).then(() => {
      const ui = (globalThis as Record<string, unknown>)[GLOBAL] as PageUi | undefined;
      if (!ui) throw new Error('page UI did not load');
      return ui;
    });
    // A failed load (an extension update under way) may be retried on the next hover.
    loading.catch(() => (loading = null));
    return loading;
  };
}
