// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ClippingDraft, StoredClippingView } from '../messaging/protocol';
import { selectionText } from '../page/clippings';
import { buildDraft } from '../clip/draft';
import { findOnPage, pagesText, PdfClippingMarks, placeDraft } from './clippings';

const FP = '0123456789abcdef0123456789abcdef';

/** A viewer shaped as pdf.js draws one: pages with a canvas, a text layer and an annotation layer. */
function viewer(pages: string[][]): HTMLElement {
  const v = document.createElement('div');
  v.className = 'pdfViewer';
  pages.forEach((lines, i) => {
    const page = document.createElement('div');
    page.className = 'page';
    page.setAttribute('data-page-number', String(i + 1));
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    for (const line of lines) {
      const span = document.createElement('span');
      span.textContent = line;
      layer.append(span, document.createElement('br'));
    }
    const notes = document.createElement('div');
    notes.className = 'annotationLayer';
    notes.textContent = 'link text';
    page.append(document.createElement('canvas'), layer, notes);
    v.append(page);
  });
  document.body.replaceChildren(v);
  return v;
}

const PAGES = [
  ['Innovation under the new national system.', 'Ministries publish lists.'],
  ['Beijing is relying on unveiling the list and appointing the best.', 'Firms compete for projects.'],
  ['Ministries publish lists.', 'The end.'],
];

/** The draft the page controller builds for `quote` (first occurrence) in the viewer's whole text. */
function draftFor(v: HTMLElement, quote: string, from = 0): ClippingDraft {
  const text = selectionText(v).text;
  const start = text.indexOf(quote, from);
  const page = {
    url: 'https://x.example/a.pdf',
    canonicalUrl: 'https://x.example/a.pdf',
    title: 'A',
    site: 'x',
  };
  return buildDraft({ text, start, end: start + quote.length, page })!;
}

const stored = (d: ClippingDraft & { pdf: { page: number } }, id = 'c1'): StoredClippingView => ({
  id,
  quote: d.quote,
  prefix: d.prefix,
  suffix: d.suffix,
  start: d.start,
  end: d.end,
  page: d.pdf.page,
});

describe('clippings placed in a PDF', () => {
  test('a page’s text holds its text layer only, and a draft counts within it', () => {
    const v = viewer(PAGES);
    expect(pagesText(v, 2, 2).text).not.toContain('link text');
    expect(pagesText(v, 2, 2).text).not.toContain('Innovation');
    const placed = placeDraft(v, draftFor(v, 'unveiling the list'), FP)!;
    expect(placed.pdf).toEqual({ fingerprint: FP, page: 2 });
    expect(placed.quote).toBe('unveiling the list');
    expect(placed.prefix).toBe('Beijing is relying on ');
    expect(placed.start).toBe('Beijing is relying on '.length);
    expect(placed.end - placed.start).toBe('unveiling the list'.length);
  });

  test('a quote that repeats on another page is placed on its own page and found there again', () => {
    const v = viewer(PAGES);
    const first = selectionText(v).text.indexOf('Ministries publish lists.');
    const placed = placeDraft(v, draftFor(v, 'Ministries publish lists.', first + 1), FP)!;
    expect(placed.pdf.page).toBe(3);
    // Opened again (a fresh viewer of the same pages): found on page 3, not page 1.
    const again = viewer(PAGES);
    const range = findOnPage(again, stored(placed))!;
    expect(range.toString()).toBe('Ministries publish lists.');
    expect(range.startContainer.parentElement!.closest('.page')!.getAttribute('data-page-number')).toBe('3');
  });

  test('a clipping is marked once its page’s text layer is drawn, and not before', () => {
    const full = viewer(PAGES);
    const placed = placeDraft(full, draftFor(full, 'appointing the best'), FP)!;
    const v = viewer([PAGES[0]!, [], PAGES[2]!]);
    const painted: string[][] = [];
    const marks = new PdfClippingMarks(v, (ranges) => painted.push(ranges.map((r) => r.toString())));
    marks.load([stored(placed), { id: 'web', quote: 'x', prefix: '', suffix: '', start: 0, end: 1 }]);
    expect(painted.at(-1)).toEqual([]);
    // pdf.js draws page 2's text layer.
    const layer = v.querySelectorAll('.textLayer')[1]!;
    const span = document.createElement('span');
    span.textContent = PAGES[1]![0]!;
    layer.append(span);
    marks.pageRendered(2);
    expect(painted.at(-1)).toEqual(['appointing the best']);
    expect(marks.marked).toBe(1);
  });

  test('text changed beyond recognition is not marked, and without a fingerprint nothing is placed', () => {
    const v = viewer(PAGES);
    const placed = placeDraft(v, draftFor(v, 'Firms compete for projects.'), FP)!;
    const changed = viewer([PAGES[0]!, ['Something else entirely on this page.'], PAGES[2]!]);
    expect(findOnPage(changed, stored(placed))).toBeNull();
    expect(placeDraft(v, draftFor(v, 'Firms compete'), '')).toBeNull();
  });
});
