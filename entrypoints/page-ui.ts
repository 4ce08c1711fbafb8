import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PAGE_UI_GLOBAL, pageUi } from '../lib/page/page-ui';

// The card and clipping code, loaded by the content script on first use (lib/page/ui-loader.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_UI_GLOBAL] = pageUi;
});
