/**
 * Clippings end to end in Chromium: select → Save clipping → listed in the side panel → reload →
 * re-marked → exported as Markdown and Web Annotations → imported into a fresh profile (once only,
 * and a bad file refused). Also the card's Save clipping, the keyboard command, a page edited around
 * the quote, a page where the quote is gone, and the side panel's search, filters, edit and undo.
 */
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
/* eslint-disable @typescript-eslint/no-explicit-any */
import { collectErrors, launchExtension, openExtensionPage, type ExtensionSession } from './harness';
import { clickUi, uiText, waitForUi } from './our-ui';
import {
  selectParagraph,
  sendCommand as sendTabCommand,
  tabIdOf,
  waitForMarks,
  waitUntilSeeded,
} from './page-helpers';

let s: ExtensionSession;
const files = mkdtempSync(join(tmpdir(), 'brief-lens-clip-e2e-'));
const TITLE = 'Beijing doubles down on its new national system to break chokepoints';
let annotationsFile = '';

const squash = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
const clippingMarks = (page: Page) =>
  page.evaluate(() => CSS.highlights.get('brief-lens-clipping')?.size ?? 0);

beforeAll(async () => {
  s = await launchExtension();
  await waitUntilSeeded(s);
}, 120_000);

afterAll(async () => {
  await s?.close();
});

/** The id of the tab showing `page`, as the background sees it. */
const tabIdOfPage = (page: Page) => tabIdOf(s.worker, page);

/** Opens the side panel's clippings view about the tab of `page`. */
async function openClippings(page?: Page): Promise<Page> {
  const tab = page ? `?tab=${await tabIdOfPage(page)}` : '';
  const panel = await openExtensionPage(s, `sidepanel.html${tab}#clippings`, 'section.clippings');
  await panel
    .locator('.clippings [aria-live]')
    .filter({ hasText: /clippings?$/ })
    .waitFor({ timeout: 15_000 });
  return panel;
}

/** A page with marks, the given text selected, and the selection reported as a mouse selection would be. */
async function openAndSelect(path: string, needle: string): Promise<{ page: Page; quote: string }> {
  const page = await s.context.newPage();
  await page.goto(s.url(path));
  await waitForMarks(page, 1);
  const quote = squash(await selectParagraph(page, needle));
  // The button appears when a mouse selection ends; a real click on the page ends this one.
  const box = (await page.locator('p', { hasText: needle }).first().boundingBox())!;
  await page.mouse.move(box.x + box.width - 2, box.y + box.height - 4);
  await page.mouse.up();
  return { page, quote };
}

/** Sends a command to the tab as the background does for a keyboard shortcut. */
async function sendCommand(page: Page, name: string): Promise<void> {
  await sendTabCommand(s.worker, await tabIdOfPage(page), name);
}

/** Rests the pointer on the `nth` mark whose text is `text` until its card opens. */
async function hoverMark(page: Page, text: string, nth: number): Promise<void> {
  const p = await page.evaluate(
    ([t, n]) => {
      const range = [...CSS.highlights.get('brief-lens-term')!]
        .map((r) => r as Range)
        .filter((r) => r.toString() === t)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[n]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [text, nth] as const,
  );
  await page.mouse.move(p.x - 30, p.y - 30);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  await waitForUi(page, '.card');
}

/** A filter of the side panel's clippings view, by its label. */
const filter = (panel: Page, label: string) =>
  panel.locator('.clip-filters label', { hasText: new RegExp(`^${label}`) }).locator('select');

/** The side panel row whose quote contains `text`. */
const row = (panel: Page, text: string) => panel.locator('[role=listitem]').filter({ hasText: text });

/** A page served from the fixture with its text changed by `edit`, at an address of its own. */
async function servedEdited(page: Page, path: string, edit: (html: string) => string): Promise<void> {
  const original = readFileSync(join(__dirname, '../fixtures', path.split('?')[0]!), 'utf8');
  await page.unroute('**/*').catch(() => undefined);
  await page.route(s.url(path), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: edit(original) }),
  );
}

describe('a selection saved as a clipping', () => {
  test('is saved with the button beside it, listed in the side panel, and re-marked after a reload', async () => {
    const { page, quote } = await openAndSelect('/pages/en-news.html', 'innovation consortia');
    const errors = collectErrors(page);
    expect((await waitForUi(page, 'button.sel', { visible: true })).text).toBe('Save clipping');
    await clickUi(page, 'button.sel');
    // The user sees that it was saved, in the button itself.
    await expect.poll(() => uiText(page, 'button.sel'), { timeout: 10_000 }).toBe('Clipping saved');
    // Saving re-marks at once.
    await waitForMarks(page, 1, 'brief-lens-clipping');

    const panel = await openClippings(page);
    const listed = row(panel, 'Officials also promote');
    await listed.waitFor({ timeout: 10_000 });
    expect(squash(await listed.locator('blockquote').textContent())).toBe(quote);
    const meta = squash(await listed.locator('.clip-meta').textContent());
    expect(meta).toContain(TITLE);
    expect(meta).toContain('127.0.0.1');
    const tags = await listed.locator('.clip-tags').textContent();
    expect(tags).toContain('unveiling the list');
    expect(tags).toContain('innovation associations');

    await page.reload();
    await waitForMarks(page, 1, 'brief-lens-clipping');
    const marked = await page.evaluate(() =>
      [...CSS.highlights.get('brief-lens-clipping')!].map((r) => (r as Range).toString()),
    );
    expect(marked.map(squash)).toContain(quote);
    expect(errors).toEqual([]);
    await panel.close();
    await page.close();
  });

  test('exports as Markdown and Web Annotations: files holding the quote and the address', async () => {
    const panel = await openClippings();
    await row(panel, 'Officials also promote').waitFor();
    const address = s.url('/pages/en-news.html');
    for (const [label, name] of [
      ['Markdown', /\.md$/],
      ['Web Annotations (JSON-LD)', /\.jsonld$/],
    ] as const) {
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.locator('.clip-export button', { hasText: label }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(name);
      const path = join(files, download.suggestedFilename());
      await download.saveAs(path);
      const text = readFileSync(path, 'utf8');
      // Markdown escapes the brackets of the quote, so compare a stretch without any.
      expect(squash(text)).toContain('Officials also promote “unveiling the list”');
      expect(text).toContain(address);
      if (label !== 'Markdown') {
        annotationsFile = path;
        const json = JSON.parse(text) as { type: string; items?: unknown[]; first?: { items: unknown[] } };
        expect(json.type).toBe('AnnotationCollection');
      }
    }
    await panel.close();
  });
});

describe('other ways to save', () => {
  test("the card's Save clipping saves the sentence around the term, tagged with its entry", async () => {
    const page = await s.context.newPage();
    await page.goto(s.url('/pages/en-news.html?from=card'));
    await waitForMarks(page, 5);
    // The second occurrence: the first is in the headline, whose "sentence" is the whole heading.
    await hoverMark(page, 'new national system', 1);
    await clickUi(page, '.card .actions button', { hasText: 'Save clipping' });
    await expect.poll(() => uiText(page, '.card'), { timeout: 10_000 }).toContain('Clipping saved.');

    const panel = await openClippings(page);
    const listed = row(panel, 'Premier Li Qiang');
    await listed.waitFor({ timeout: 10_000 });
    const quote = squash(await listed.locator('blockquote').textContent());
    // The sentence, not the paragraph: it starts at the dateline and ends at its full stop.
    expect(quote).toMatch(/^BEIJING — China will use its new national system .*core technologies\.$/);
    expect(await listed.locator('.clip-tags').textContent()).toContain('new-style whole-of-nation system');
    await panel.close();
    await page.close();
  });

  test('the save-clipping keyboard command saves the selection', async () => {
    const { page, quote } = await openAndSelect(
      '/pages/en-news.html?from=command',
      'de-risking, not decoupling',
    );
    await sendCommand(page, 'save-clipping');
    // Screen readers hear the outcome through our live region.
    await expect.poll(() => uiText(page, '[aria-live]'), { timeout: 10_000 }).toContain('Clipping saved.');
    await waitForMarks(page, 1, 'brief-lens-clipping');
    const panel = await openClippings(page);
    const listed = row(panel, 'de-risking, not decoupling');
    await listed.waitFor({ timeout: 10_000 });
    expect(squash(await listed.locator('blockquote').textContent())).toBe(quote);
    await panel.close();
    await page.close();
  });
});

describe('re-marking a changed page', () => {
  const needle = 'Qiushi';
  test('a page edited around the quote still marks it', async () => {
    const path = '/pages/en-news.html?v=edited';
    const { page, quote } = await openAndSelect(path, needle);
    await sendCommand(page, 'save-clipping');
    await waitForMarks(page, 1, 'brief-lens-clipping');
    // Text added before the quote, a paragraph removed before it, and words changed just after it.
    await servedEdited(page, path, (html) =>
      html
        .replace('<p>BEIJING', '<p>Editor’s note: this story was updated with new figures.</p>\n<p>BEIJING')
        .replace(/<blockquote>[\s\S]*?<\/blockquote>/, '')
        .replace('European officials, meanwhile,', 'Officials in Brussels, for their part,'),
    );
    await page.reload();
    await waitForMarks(page, 1, 'brief-lens-clipping');
    const marked = await page.evaluate(() =>
      [...CSS.highlights.get('brief-lens-clipping')!].map((r) => (r as Range).toString()),
    );
    expect(marked.map(squash)).toEqual([quote]);
    await page.close();
  });

  test('a page where the quote is gone marks nothing and the side panel lists it as not found', async () => {
    const path = '/pages/en-news.html?v=gone';
    const { page } = await openAndSelect(path, needle);
    await sendCommand(page, 'save-clipping');
    await waitForMarks(page, 1, 'brief-lens-clipping');
    await servedEdited(page, path, (html) =>
      html.replace(/<p>In a July essay[\s\S]*?<\/p>/, '<p>This paragraph was withdrawn.</p>'),
    );
    await page.reload();
    await waitForMarks(page, 3);
    const panel = await openClippings(page);
    const missing = panel.locator('.clip-missing');
    await missing.waitFor({ timeout: 15_000 });
    expect(squash(await missing.textContent())).toMatch(/not found on this page/i);
    expect(squash(await missing.textContent())).toContain('In a July essay in Qiushi');
    // Nothing else was marked in its place.
    expect(await clippingMarks(page)).toBe(0);
    await panel.close();
    await page.close();
  });
});

describe('the side panel', () => {
  test('searches by word, filters by site, tag and entry, edits note and tags, deletes with undo', async () => {
    const panel = await openClippings();
    const count = () => panel.locator('.clippings [aria-live]').first().textContent();
    const total = Number((await count())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(5);

    // Edit the note and tags of one clipping.
    const target = row(panel, 'de-risking, not decoupling');
    await target.getByRole('button', { name: /^Edit/ }).click();
    const editor = panel.locator('form.clip-editor');
    await editor.locator('textarea').fill('Brussels framing, for chapter 2');
    await editor.locator('input[type=text]').fill('eu, framing');
    await editor.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Changes saved.').waitFor();
    await expect.poll(() => target.locator('.clip-tags').textContent()).toContain('#framing');
    expect(await target.locator('.clip-meta').textContent()).toContain('Brussels framing');

    // Search by a word of the note; by a word of the quote.
    const search = panel.locator('.clippings input[type=search]');
    await search.fill('chapter');
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(1);
    await search.fill('consortia');
    await expect
      .poll(() => panel.locator('[role=listitem] blockquote').allTextContents())
      .toEqual([expect.stringContaining('innovation consortia')]);
    await search.fill('');
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(total);

    // Filters: tag, entry, site.
    await filter(panel, 'Tag').selectOption('framing');
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(1);
    await filter(panel, 'Tag').selectOption('');
    await filter(panel, 'Entry').selectOption({ label: 'new-style whole-of-nation system' });
    await expect
      .poll(() => panel.locator('[role=listitem] blockquote').allTextContents())
      .toEqual([expect.stringContaining('Premier Li Qiang')]);
    // Export offers what is shown, and says so.
    expect(await panel.locator('.clip-export').getAttribute('aria-label')).toMatch(/1 shown/);
    await filter(panel, 'Entry').selectOption('');
    await filter(panel, 'Site').selectOption('127.0.0.1');
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(total);
    await filter(panel, 'Site').selectOption('');

    // Delete with undo.
    await target.getByRole('button', { name: /^Delete/ }).click();
    await panel.getByText('Clipping deleted.').waitFor();
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(total - 1);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Clipping restored.').waitFor();
    await expect.poll(() => panel.locator('[role=listitem]').count()).toBe(total);
    expect(await row(panel, 'de-risking, not decoupling').locator('.clip-meta').textContent()).toContain(
      'Brussels framing',
    );
    await panel.close();
  });
});

describe('import into a fresh profile', () => {
  test('adds the exported clipping once; a bad file is refused with a message and writes nothing', async () => {
    expect(annotationsFile).not.toBe('');
    await s.close();
    s = await launchExtension();
    const panel = await openClippings();
    const input = panel.locator('.clippings input[type=file]');
    const status = panel.locator('.clip-status');
    const count = () => panel.locator('.clippings [aria-live]').first().textContent();
    expect(await count()).toBe('0 of 0 clippings');

    await input.setInputFiles(annotationsFile);
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toMatch(/^Imported \d+ clippings?; 0 already present\.$/);
    const added = Number((await status.textContent())!.match(/Imported (\d+)/)![1]);
    expect(added).toBeGreaterThanOrEqual(1);
    await expect.poll(count).toBe(`${added} of ${added} clippings`);
    await row(panel, 'Officials also promote').waitFor();

    await input.setInputFiles(annotationsFile);
    await expect.poll(() => status.textContent()).toBe(`Imported 0 clippings; ${added} already present.`);
    expect(await count()).toBe(`${added} of ${added} clippings`);

    const bad = join(files, 'bad.jsonld');
    const json = JSON.parse(readFileSync(annotationsFile, 'utf8')) as Record<string, any>;
    const items = (json.first?.items ?? json.items) as Record<string, any>[];
    // A clipping not yet stored rides along with a bad one: it must not be written either.
    const fresh = JSON.parse(JSON.stringify(items[0])) as Record<string, any>;
    fresh.id = 'urn:uuid:00000000-0000-4000-8000-000000000001';
    items.push(fresh);
    items[0]!.target.source = 'javascript:alert(1)';
    writeFileSync(bad, JSON.stringify(json));
    await input.setInputFiles(bad);
    const alert = panel.locator('.clippings [role=alert]').first();
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/not a Brief Lens annotation export: .+/);
    expect(await alert.isVisible()).toBe(true);
    expect(await count()).toBe(`${added} of ${added} clippings`);
    console.log(`refused: ${await alert.textContent()}`);

    // A file cut short is refused the same way.
    const cut = join(files, 'cut.jsonld');
    writeFileSync(cut, readFileSync(annotationsFile, 'utf8').slice(0, 300));
    await input.setInputFiles(cut);
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Not imported\. The file is not valid JSON, or is cut short/);
    expect(await alert.isVisible()).toBe(true);
    expect(await count()).toBe(`${added} of ${added} clippings`);
    await panel.close();
  });
});
