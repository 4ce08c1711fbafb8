import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension and the onboarding sample. A person at a desktop gets a
// real window; a machine with no display (CI, containers) gets headless Chromium, so the command still works.
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

export default defineWebExtConfig({
  binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium', firefox: 'firefox-esr' },
  startUrls: ['about:blank'],
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(headless ? ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic'] : []),
  ],
});
