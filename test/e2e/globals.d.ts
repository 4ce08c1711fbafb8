// Code that tests evaluate inside the extension's service worker or pages uses the `chrome` global.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: Browser;
}
