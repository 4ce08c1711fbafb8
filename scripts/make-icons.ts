// Renders assets/icon.svg to the PNG sizes the stores and browsers ask for (public/icon/N.png) with the
// same headless Chromium the tests use. Run after changing the SVG: npx tsx scripts/make-icons.ts
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(' ')}`);
