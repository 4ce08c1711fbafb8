/**
 * `npm run bench:pdf`: the PDF reader on a 200-page report printed by Chromium (the brief's terms on every
 * page, English and Chinese), served on 127.0.0.1 and opened in the built extension's pdf.html.
 *
 * first_marks_ms: the median over three opens of the time from the reader's navigation to the first mark
 * painted (pdf.js loaded, the document parsed, the first page rendered and its text layer scanned). total_ms: the marking work for the
 * whole document — the sum of the engine's scan and rescan measures (`brief-lens:scan`,
 * `brief-lens:rescan`) while the reader is scrolled through all 200 pages, each page waited for until its
 * text layer carries its marks. Pages render lazily, so marking happens as each one is read.
 * Run `npx wxt build` first.
 */
import type { Page } from 'playwright-core';
import { printPdf, reportHtml } from '../test/fixtures/pdf/make-pdfs';
import { launchExtension } from '../test/e2e/harness';

const PAGES = 200;
/** Opens measured for the first marks; the median is reported (a 2-core machine is noisy). */
const OPENS = 3;

/** Opens the reader on `url` and resolves with the time from navigation to the first mark painted. */
async function openAndTimeFirstMarks(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const w = window as { firstMarks?: number };
      if ((CSS.highlights.get('brief-lens-term')?.size ?? 0) > 0) w.firstMarks ??= performance.now();
      return w.firstMarks !== undefined;
    },
    null,
    { timeout: 60_000, polling: 'raf' },
  );
  return page.evaluate(() => (window as { firstMarks?: number }).firstMarks!);
}

/** Scrolls page `n` into view and waits until one of its marks is painted. */
async function markPage(page: Page, n: number): Promise<void> {
  await page.evaluate((i) => {
    const el = document.querySelector<HTMLElement>(`.page[data-page-number="${i}"]`);
    const box = document.getElementById('viewerContainer');
    if (el && box) box.scrollTop = el.offsetTop;
  }, n);
  await page.waitForFunction(
    (i) => {
      const el = document.querySelector(`.page[data-page-number="${i}"]`);
      for (const r of CSS.highlights.get('brief-lens-term') ?? []) {
        if (el?.contains((r as Range).startContainer)) return true;
      }
      return false;
    },
    n,
    { timeout: 30_000, polling: 50 },
  );
}

async function main(): Promise<void> {
  const s = await launchExtension();
  try {
    const pdf = await printPdf(s.context, reportHtml(PAGES));
    s.server.route('/bench/report.pdf', pdf, 'application/pdf');
    const url = s.extensionUrl(`pdf.html?file=${encodeURIComponent(s.url('/bench/report.pdf'))}`);
    const firsts: number[] = [];
    let page: Page | null = null;
    for (let i = 0; i < OPENS; i++) {
      await page?.close();
      page = await s.context.newPage();
      firsts.push(await openAndTimeFirstMarks(page, url));
    }
    const first = firsts.sort((a, b) => a - b)[Math.floor(OPENS / 2)]!;
    if (!page) throw new Error('no page');
    // The last open is walked through to the end.
    const pages = await page.locator('.page').count();
    for (let n = 1; n <= pages; n++) await markPage(page, n);
    const total = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name === 'brief-lens:scan' || m.name === 'brief-lens:rescan')
        .reduce((sum, m) => sum + m.duration, 0),
    );
    if (s.blocked.length > 0) throw new Error(`requests left 127.0.0.1: ${s.blocked.join(', ')}`);
    console.log(
      `bench-pdf: first_marks_ms=${Math.round(first)} total_ms=${Math.round(total)} pages=${pages}`,
    );
  } finally {
    await s.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
