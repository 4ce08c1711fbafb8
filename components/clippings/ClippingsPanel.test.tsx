// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toWebAnnotations } from '../../lib/clip/export/web-annotation';
import { makeClipping, uniqueDbName } from '../../lib/clip/test-fixtures';
import type { Clipping } from '../../lib/db/clipping';
import { BriefLensDB } from '../../lib/db/db';
import { installMessages } from '../../lib/i18n/test-messages';
import type { PageSummary } from '../../lib/messaging/protocol';
import { click, mount, press, type, waitFor, type Mounted } from '../../lib/ui/testing';
import { ClippingsPanel } from './ClippingsPanel';

let db: BriefLensDB;
let m: Mounted | undefined;

beforeEach(async () => {
  installMessages('en');
  db = new BriefLensDB(uniqueDbName('panel'));
  await db.open();
});

afterEach(async () => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
  await db.delete();
});

function rows(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role=listitem]')];
}

function quotes(root: HTMLElement): string[] {
  return rows(root).map((r) => r.querySelector('blockquote')!.textContent);
}

function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function show(clippings: Clipping[], onOpen?: (c: Clipping) => void, page?: PageSummary) {
  if (clippings.length > 0) await db.clippings.bulkAdd(clippings);
  m = mount(<ClippingsPanel db={db} onOpen={onOpen} page={page} />);
  // fake-indexeddb reads 10,000 records far slower than a browser does; allow for it on a busy machine.
  await waitFor(() => rows(m!.root).length > 0, 15_000);
  return m.root;
}

function select(root: HTMLElement, label: string, value: string) {
  const el = [...root.querySelectorAll('label')]
    .find((l) => l.textContent.startsWith(label))!
    .querySelector('select')!;
  void act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ClippingsPanel', () => {
  it('lists 10,000 clippings newest first, rendering only a window of rows', async () => {
    await db.clippings.bulkAdd(Array.from({ length: 10_000 }, (_, i) => makeClipping(i)));
    const root = await show([]);
    expect(root.textContent).toContain('10000 of 10000 clippings');
    expect(quotes(root)[0]).toBe('Quote number 9999 about the new national system.');
    expect(rows(root).length).toBeLessThan(30);
    expect(rows(root)[0]!.getAttribute('aria-setsize')).toBe('10000');
    const viewport = root.querySelector<HTMLElement>('.clip-viewport')!;
    // How fast this is, is measured in a real browser by scripts/bench-clippings.ts, not asserted here.
    for (const row of [5000, 5003, 7000, 9990]) {
      void act(() => {
        viewport.scrollTop = 132 * row;
        viewport.dispatchEvent(new Event('scroll'));
      });
      expect(quotes(root)).toContain(`Quote number ${9999 - row} about the new national system.`);
      expect(rows(root).length).toBeLessThan(30);
    }
  });

  it('searches by word and filters by site, tag and entry', async () => {
    // Entry filters show the pack's labels; one stored entry is enough to see that.
    await db.entries.add({ id: 'chokepoints', label: 'Chokepoints (entry label)' } as never);
    const root = await show([
      makeClipping(1, { tags: ['chips'], note: 'lithography angle' }),
      makeClipping(2),
      makeClipping(3, { tags: ['chips'] }),
      makeClipping(4),
    ]);
    const numbers = (want: number[]) =>
      waitFor(
        () => JSON.stringify(quotes(root).map((q) => Number(q.split(' ')[2]))) === JSON.stringify(want),
      );
    type(root.querySelector<HTMLInputElement>('input[type=search]')!, 'LITHOGRAPHY');
    await numbers([1]);
    type(root.querySelector<HTMLInputElement>('input[type=search]')!, '');
    await numbers([4, 3, 2, 1]);
    select(root, 'Tag', 'chips');
    await numbers([3, 1]);
    select(root, 'Tag', '');
    select(root, 'Site', 'Site 1');
    await numbers([4, 1]);
    select(root, 'Site', '');
    select(root, 'Entry', 'chokepoints');
    await numbers([3, 1]);
    const entryOptions = [...root.querySelectorAll('option')].map((o) => o.textContent);
    expect(entryOptions).toContain('Chokepoints (entry label)');
  });

  it('edits the note and tags, and Escape cancels', async () => {
    const root = await show([makeClipping(1)]);
    click(button(root, 'Edit'));
    const form = await waitFor(() => root.querySelector('form'));
    press(form, 'Escape');
    await waitFor(() => !root.querySelector('form'));
    click(button(root, 'Edit'));
    const editor = await waitFor(() => root.querySelector('form'));
    const note = editor.querySelector('textarea')!;
    type(note as unknown as HTMLInputElement, 'Use in chapter 3');
    type(editor.querySelector<HTMLInputElement>('input[type=text]')!, 'chips, policy，chips');
    click(button(editor, 'Save'));
    await waitFor(() => root.textContent.includes('Changes saved.'));
    expect(await db.clippings.get(makeClipping(1).id)).toMatchObject({
      note: 'Use in chapter 3',
      tags: ['chips', 'policy'],
    });
    await waitFor(() => root.querySelector('.clip-tags')!.textContent.includes('#policy'));
  });

  it('deletes with undo', async () => {
    const original = makeClipping(1, { note: 'keep' });
    const root = await show([original, makeClipping(2)]);
    click(button(rows(root)[1]!, 'Delete'));
    await waitFor(() => root.textContent.includes('Clipping deleted.'));
    await waitFor(() => quotes(root).length === 1);
    expect(await db.clippings.get(original.id)).toBeUndefined();
    click(button(root, 'Undo'));
    await waitFor(() => quotes(root).length === 2);
    expect(await db.clippings.get(original.id)).toEqual(original);
  });

  it('opens at source through the callback, only for http(s) addresses', async () => {
    const onOpen = vi.fn();
    const root = await show(
      [makeClipping(1), makeClipping(2, { canonicalUrl: 'javascript:alert(1)' })],
      onOpen,
    );
    expect(rows(root)[1]!.textContent).toContain('Open at source');
    expect(rows(root)[0]!.textContent).not.toContain('Open at source');
    click(button(rows(root)[1]!, 'Open at source'));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: makeClipping(1).id }));
    expect(root.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('renders page content as text, never as HTML', async () => {
    const root = await show([
      makeClipping(1, {
        quote: '<img src=x onerror="alert(1)"><b>bold</b>',
        title: '<script>alert(2)</script>',
        note: '<i>n</i>',
      }),
    ]);
    expect(root.querySelector('img, b, script, i')).toBeNull();
    expect(quotes(root)[0]).toBe('<img src=x onerror="alert(1)"><b>bold</b>');
  });

  it('exports what the list shows as a downloaded file holding the quote and the address', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const root = await show([makeClipping(1)]);
    click(button(root, 'Markdown'));
    click(button(root, 'CSV'));
    expect(clicked.map((a) => a.download)).toEqual([
      expect.stringMatching(/\.md$/),
      expect.stringMatching(/\.csv$/),
    ]);
    for (const blob of blobs) {
      const text = await blob.text();
      expect(text).toContain('Quote number 1 about the new national system.');
      expect(text).toContain('https://site1.example/page/1');
    }
  });

  it('imports a file, and shows the refusal for a bad one without writing', async () => {
    const root = await show([makeClipping(1)]);
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    const choose = (text: string) => {
      Object.defineProperty(input, 'files', {
        configurable: true,
        value: [new File([text], 'clips.jsonld')],
      });
      void act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    choose('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {');
    const alert = await waitFor(() => root.querySelector('[role=alert]'));
    expect(alert.textContent).toMatch(/^Not imported\. The file is not valid JSON/);
    expect(await db.clippings.count()).toBe(1);
    choose(toWebAnnotations([makeClipping(1), makeClipping(2)]));
    await waitFor(() => root.textContent.includes('Imported 1 clipping; 1 already present.'));
    await waitFor(() => quotes(root).length === 2);
  });

  it('says whether export takes the clippings shown or all of them, and exports what it says', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const root = await show([makeClipping(1, { tags: ['chips'] }), makeClipping(2), makeClipping(3)]);
    const bar = () => root.querySelector('.clip-export')!;
    expect(bar().getAttribute('aria-label')).toBe('Export all 3');
    expect(bar().querySelector('input[type=radio]')).toBeNull();
    select(root, 'Tag', 'chips');
    await waitFor(() => bar().getAttribute('aria-label') === 'Export the 1 shown');
    click(button(root, 'CSV'));
    const radios = [...bar().querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.parentElement!.textContent)).toEqual(['The 1 shown', 'All 3']);
    void act(() => {
      radios[1]!.click();
    });
    await waitFor(() => bar().getAttribute('aria-label') === 'Export all 3');
    click(button(root, 'CSV'));
    await waitFor(() => blobs.length === 2);
    const [shown, all] = await Promise.all(blobs.map((b) => b.text()));
    expect(shown!.match(/Quote number/g)).toHaveLength(1);
    expect(all!.match(/Quote number/g)).toHaveLength(3);
  });

  it("lists the current page's clippings that it could not find, and flags them in the list", async () => {
    const page: PageSummary = {
      url: 'https://site2.example/page/2',
      title: 'Page 2',
      enabled: true,
      total: 0,
      mentions: [],
      clippings: { marked: 0, missing: [makeClipping(2).id] },
    };
    const root = await show([makeClipping(1), makeClipping(2)], undefined, page);
    const section = await waitFor(() => root.querySelector('.clip-missing'));
    expect(section.querySelector('h2')!.textContent).toBe('Not found on this page: 1');
    expect(section.textContent).toContain('Quote number 2 about the new national system.');
    await waitFor(() => rows(root)[0]!.querySelector('.clip-badge') !== null);
    expect(rows(root)[0]!.querySelector('.clip-badge')!.textContent).toBe('Not found on this page');
    expect(rows(root)[1]!.querySelector('.clip-badge')).toBeNull();
  });
});
