/**
 * One flow of the PDF reader in a real Firefox: a PDF printed by Chromium (simplified Chinese with the
 * brief's terms), served on 127.0.0.1 by a site that allows other origins to read it, opened in
 * pdf.html?file=URL; its text layer carries the term highlights.
 */
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureHtml, printPdf } from '../fixtures/pdf/make-pdfs';
import { firefoxAvailable, launchFirefox, poll, type FirefoxSession } from './firefox-harness';
import { CHROME_ARGS, CHROME_PATH } from './harness';

const available = firefoxAvailable();

describe.skipIf(!available)('PDF reader in Firefox', () => {
  let fx: FirefoxSession;
  beforeAll(async () => {
    const chrome = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
    const pdf = await printPdf(await chrome.newContext(), fixtureHtml('zh-hans')).finally(() =>
      chrome.close(),
    );
    fx = await launchFirefox();
    // Firefox's build holds no optional host permission: this site lets any origin read its PDF.
    fx.server.route('/pdf/zh-hans.pdf', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'access-control-allow-origin': '*' });
      res.end(pdf);
    });
  }, 180_000);
  afterAll(async () => {
    await fx?.close();
  });

  test('opens a PDF in the reader and marks its terms', async () => {
    const file = encodeURIComponent(fx.url('/pdf/zh-hans.pdf'));
    const page = await fx.openExtensionPage(`pdf.html?file=${file}`, '.textLayer span');
    const texts = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('brief-lens-term') ?? [])].map((r) => (r as Range).toString()),
      );
    await poll(async () => (await texts().catch(() => [])).length >= 2, 30_000, 'term highlights in the PDF');
    // A mark holds each term; the pack's 揭榜挂帅机制 reads “揭榜挂帅”机制 as one mention.
    const marked = await texts();
    for (const term of ['新型举国体制', '揭榜挂帅']) {
      expect(
        marked.some((t) => t.includes(term)),
        `${term} in ${marked.join(' | ')}`,
      ).toBe(true);
    }
    await page.close();
  });
});
