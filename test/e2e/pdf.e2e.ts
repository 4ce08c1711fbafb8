/**
 * The PDF reader in Chromium: PDFs printed by Chromium from the fixture pages (English, 简体, 繁體) are
 * served on 127.0.0.1 and opened in pdf.html?file=URL; their text layers carry the same highlights as a
 * web page. Without `file` the reader offers its file input, which opens a local PDF the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureHtml, printPdf, PDF_FIXTURES, type PdfFixture } from '../fixtures/pdf/make-pdfs';
import { collectErrors, launchExtension, openExtensionPage, type ExtensionSession } from './harness';
import { sendCommand, tabIdOf, waitForMarks } from './page-helpers';

let s: ExtensionSession;
const pdfs = new Map<PdfFixture, Buffer>();

beforeAll(async () => {
  s = await launchExtension();
  for (const name of PDF_FIXTURES) {
    const pdf = await printPdf(s.context, fixtureHtml(name));
    pdfs.set(name, pdf);
    s.server.route(`/pdf/${name}.pdf`, pdf, 'application/pdf');
  }
  // The same bytes at another address: clippings find the document by its fingerprint.
  s.server.route('/mirror/copy-of-en.pdf', pdfs.get('en')!, 'application/pdf');
});

afterAll(async () => {
  await s?.close();
});

/** The texts of every range in a highlight. */
const markTexts = (page: Page, name = 'brief-lens-term'): Promise<string[]> =>
  page.evaluate(
    (n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString().replace(/\s+/g, ' ')),
    name,
  );

async function openReader(file?: string): Promise<Page> {
  const page = await s.context.newPage();
  const query = file ? `?file=${encodeURIComponent(file)}` : '';
  await page.goto(s.extensionUrl(`pdf.html${query}`));
  return page;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The text of the open card, found through the DevTools protocol, which sees into shadow roots whether
 * they are open or closed; null when no card is open.
 */
async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      const cls = n.attributes?.[n.attributes.indexOf('class') + 1] ?? '';
      if (n.attributes?.includes('class') && cls.split(/\s+/).includes('card')) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return null;
    };
    const card = find(root);
    if (!card) return null;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId });
    return outerHTML.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  } finally {
    await cdp.detach();
  }
}

/** The centre of the first line box of the mark reading `text`. */
const markCentre = (page: Page, text: string) =>
  page.evaluate((t) => {
    for (const r of CSS.highlights.get('brief-lens-term') ?? []) {
      if ((r as Range).toString() !== t) continue;
      const box = (r as Range).getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`no mark on ${t}`);
  }, text);

const EXPECTED: Record<PdfFixture, string[]> = {
  en: ['new national system', 'unveiling the list', '新型举国体制'],
  'zh-hans': ['新型举国体制', '揭榜挂帅'],
  'zh-hant': ['新型舉國體制', '揭榜掛帥'],
};

describe('PDF reader', () => {
  for (const name of PDF_FIXTURES) {
    test(`marks the brief's terms in the ${name} PDF`, async () => {
      const page = await openReader(s.url(`/pdf/${name}.pdf`));
      const errors = collectErrors(page);
      await page.locator('.textLayer span').first().waitFor({ timeout: 20_000 });
      await waitForMarks(page, EXPECTED[name].length);
      const texts = await markTexts(page);
      // A mark holds each term: a longer alias may carry it on past a closing quote (“揭榜挂帅”机制 is the
      // pack's 揭榜挂帅机制, as “十四五”规划 is a title), so the marked text need not be the term alone.
      for (const term of EXPECTED[name]) {
        expect(
          texts.some((t) => t.includes(term)),
          `${name}: no mark holds ${term} (marks: ${texts.join(' | ')})`,
        ).toBe(true);
      }
      // The marks lie on the text layer pdf.js rendered, not elsewhere in the page.
      const onTextLayer = await page.evaluate(() =>
        [...(CSS.highlights.get('brief-lens-term') ?? [])].every(
          (r) => !!(r as Range).startContainer.parentElement?.closest('.textLayer'),
        ),
      );
      expect(onTextLayer).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test('without a file it offers "Open a PDF file…", which opens and marks a local PDF', async () => {
    const page = await openReader();
    const input = page.getByLabel('Open a PDF file…');
    expect(await input.evaluate((el) => (el as HTMLInputElement).type)).toBe('file');
    const dir = mkdtempSync(join(tmpdir(), 'brief-lens-pdf-'));
    try {
      const file = join(dir, 'briefing.pdf');
      writeFileSync(file, pdfs.get('zh-hans')!);
      await input.setInputFiles(file);
      await waitForMarks(page, 2);
      expect(await markTexts(page)).toContain('新型举国体制');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  test('hovering a mark on the text layer opens its card', async () => {
    const page = await openReader(s.url('/pdf/en.pdf'));
    await waitForMarks(page, 3);
    expect(await cardText(page)).toBeNull();
    const p = await markCentre(page, 'new national system');
    await page.mouse.move(p.x - 40, p.y - 40);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await expect
      .poll(() => cardText(page), { timeout: 10_000 })
      .toContain('new-style whole-of-nation system');
    expect(await cardText(page)).toContain('新型举国体制');
    // `PDF_SCREENSHOT=docs/pdf-card.png` keeps this view for the README.
    if (process.env.PDF_SCREENSHOT) {
      await page.waitForTimeout(500);
      await page.screenshot({ path: process.env.PDF_SCREENSHOT });
    }
    await page.close();
  });

  test('the keyboard commands step through the marks in the reader as on a web page', async () => {
    const page = await openReader(s.url('/pdf/zh-hant.pdf'));
    await waitForMarks(page, 3);
    const tabId = await tabIdOf(s.worker, page);
    // Marks in reading order: the title's 科技創新, then 新型舉國體制 in the first paragraph.
    const texts = await markTexts(page);
    expect(texts.slice(0, 2)).toEqual(['科技創新', '新型舉國體制']);
    await sendCommand(s.worker, tabId, 'next-mark');
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toContain('Matched “科技創新”');
    await sendCommand(s.worker, tabId, 'next-mark');
    await expect.poll(() => cardText(page), { timeout: 10_000 }).toContain('Matched “新型舉國體制”');
    await page.close();
  });

  test('a selection saved in the reader is listed, marked again from another address, and opened at its page', async () => {
    const pdfUrl = s.url('/pdf/en.pdf');
    const page = await openReader(pdfUrl);
    await waitForMarks(page, 3);
    const quote = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('.textLayer span')];
      const first = spans.find((el) => el.textContent.includes('Beijing is relying'));
      if (!first) throw new Error('no text layer span with the quote');
      const range = document.createRange();
      range.selectNodeContents(first);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString().trim();
    });
    const tabId = await tabIdOf(s.worker, page);
    await sendCommand(s.worker, tabId, 'save-clipping');
    const panel = await openExtensionPage(s, 'sidepanel.html#clippings', 'section.clippings');
    await expect
      .poll(() => panel.locator('section.clippings').textContent(), { timeout: 15_000 })
      .toContain(quote.slice(0, 30));
    const text = (await panel.locator('section.clippings').textContent()) ?? '';
    // Listed with the document's own title (Chromium writes the page title into the PDF's info dictionary).
    expect(text).toContain('Innovation policy briefing');
    expect(text).toContain('127.0.0.1');
    await page.close();

    // The same PDF from another address: the clipping is found by fingerprint and marked on its page.
    const copy = await openReader(s.url('/mirror/copy-of-en.pdf'));
    await waitForMarks(copy, 3);
    await expect
      .poll(() => markTexts(copy, 'brief-lens-clipping'), { timeout: 15_000 })
      .toEqual([expect.stringContaining(quote.replace(/\s+/g, ' ').slice(0, 30))]);
    await copy.close();

    // *Open at source* opens the reader on the PDF's own address, at the clipping's page.
    const [opened] = await Promise.all([
      s.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Open at source' }).first().click(),
    ]);
    await opened.waitForURL(/pdf\.html\?file=.*#page=1$/);
    expect(decodeURIComponent(opened.url())).toContain(pdfUrl);
    await waitForMarks(opened, 3);
    await expect.poll(() => markTexts(opened, 'brief-lens-clipping'), { timeout: 15_000 }).toHaveLength(1);
    await opened.close();
    await panel.close();
  });

  test('the popup lists the reader’s mentions for its tab, and the badge counts them', async () => {
    const page = await openReader(s.url('/pdf/en.pdf'));
    await waitForMarks(page, 3);
    const tabId = await tabIdOf(s.worker, page);
    const popup = await openExtensionPage(s, `popup.html?tab=${tabId}`);
    await popup
      .getByText(/unveiling the list/)
      .first()
      .waitFor({ timeout: 15_000 });
    // Read as the PDF it shows: its site's switch, not "this page cannot be read".
    expect(await popup.locator('body').textContent()).toContain('Mark terms on 127.0.0.1');
    // Already in the reader: it is not offered again.
    expect(await popup.getByRole('button', { name: 'Open in Brief Lens reader' }).count()).toBe(0);
    await expect
      .poll(() => s.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), {
        timeout: 15_000,
      })
      .toMatch(/^[1-9]\d*$/);
    await popup.close();
    await page.close();
  });

  test('the reader, empty and with a PDF open, has no serious or critical accessibility violations', async () => {
    for (const file of [undefined, s.url('/pdf/en.pdf')]) {
      const page = await openReader(file);
      if (file) await waitForMarks(page, 3);
      else await page.getByLabel('Open a PDF file…').waitFor();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, file ?? 'empty reader').toEqual([]);
      await page.close();
    }
  });

  test('find counts and steps through matches; zoom changes the scale and the marks follow', async () => {
    const page = await openReader(s.url('/pdf/en.pdf'));
    await waitForMarks(page, 3);
    const find = page.getByRole('searchbox', { name: 'Find in this PDF' });
    await find.fill('system');
    const status = page.locator('.pdf-find [aria-live]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('1 of 1');
    await find.fill('the');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^1 of [2-9]\d*$/);
    await find.press('Enter');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^2 of /);
    const scale = () => page.getByRole('combobox', { name: 'Zoom' }).locator('option').first().textContent();
    const before = await scale();
    const width = () => markCentre(page, 'unveiling the list').then((p) => p.x);
    // Find's own highlights split the text layer's nodes: the marks are made again on the new nodes.
    await expect.poll(() => markTexts(page), { timeout: 10_000 }).toContain('unveiling the list');
    const x0 = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(scale).not.toBe(before);
    // The text layer is laid out again at the new scale, and the marks with it.
    await expect.poll(width, { timeout: 10_000 }).not.toBe(x0);
    expect(await markTexts(page)).toContain('unveiling the list');
    await page.close();
  });

  test('an address that is not a PDF location is refused with a message', async () => {
    const page = await openReader('javascript:alert(1)');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('javascript:alert(1)');
    await page.close();
  });

  test('loads its worker, character maps and fonts from the extension: nothing leaves 127.0.0.1', () => {
    expect(s.blocked).toEqual([]);
  });
});
