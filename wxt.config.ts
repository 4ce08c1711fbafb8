import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripEval } from './lib/pdf/no-eval';

// The extension id in Firefox is fixed so that its moz-extension UUID can be pinned in tests and
// so that storage survives reinstalls.
const GECKO_ID = 'brief-lens@brief-lens.dev';

// The PDF reader's worker, character maps and standard fonts, copied into the extension under pdfjs/ so that
// pdf.js loads them from the extension itself and never from the network (lib/pdf/assets.ts). Its code ships
// without string evaluation (lib/pdf/no-eval.ts).
const PDFJS = resolve('node_modules/pdfjs-dist');
const pdfjsFiles = () => [
  {
    contents: stripEval(readFileSync(`${PDFJS}/build/pdf.worker.min.mjs`, 'utf8')),
    relativeDest: 'pdfjs/pdf.worker.min.mjs',
  },
  ...['cmaps', 'standard_fonts'].flatMap((dir) =>
    readdirSync(`${PDFJS}/${dir}`).map((f) => ({
      absoluteSrc: `${PDFJS}/${dir}/${f}`,
      relativeDest: `pdfjs/${dir}/${f}`,
    })),
  ),
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...pdfjsFiles()),
  },
  vite: () => ({
    plugins: [
      preact(),
      {
        name: 'pdfjs-no-eval',
        transform: (code: string, id: string) => (id.includes('/pdfjs-dist/') ? stripEval(code) : null),
      },
    ],
    build: { target: 'es2022', minify: true },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The PDF reader fetches a PDF from its site only after the reader allowed that site at the click.
    // (Chrome only: Firefox's MV2 build keeps no optional permissions; its reader opens files and PDFs whose
    // site allows it.)
    ...(browser === 'firefox' ? {} : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
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
