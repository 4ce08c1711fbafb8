import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension id in Firefox is fixed so that its moz-extension UUID can be pinned in tests and
// so that storage survives reinstalls.
const GECKO_ID = 'brief-lens@brief-lens.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022', minify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Brief Lens' },
    commands: {
      'toggle-marks': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdToggle__',
      },
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNext__',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdPrevious__',
      },
      'save-clipping': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSave__',
      },
    },
    // The card and clipping code, which the content script imports on first use (lib/page/ui-loader.ts).
    // A dynamic URL (Chrome) changes every session, so a page cannot probe a fixed address to learn
    // that the extension is installed; runtime.getURL gives the content script the current one.
    web_accessible_resources: [
      { resources: ['page-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              // addons.mozilla.org requires the declaration; nothing is collected or sent anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
