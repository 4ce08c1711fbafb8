// @vitest-environment happy-dom
/* eslint-disable @typescript-eslint/no-floating-promises -- fakeBrowser's trigger() is typed as an array but returns one promise */
import { afterEach, beforeAll, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from './SidePanelApp';
import { installMessages } from '../../lib/i18n/test-messages';
import { mount, press, type, waitFor, type Mounted } from '../../lib/ui/testing';
import { getDb } from '../../lib/db/db';
import { writePack } from '../../lib/db/pack-queries';
import { loadPack } from '../../data/index';
import { DEFAULT_SETTINGS, settingsItem } from '../../lib/settings/settings';
import type { PageSummary } from '../../lib/messaging/protocol';

const pack = loadPack();
const term = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;
const summary: PageSummary = {
  url: 'https://news.example.org/story',
  title: 'A story',
  enabled: true,
  total: 2,
  mentions: [
    { entryId: term.id, kind: 'term', label: term.label, zh: '揭榜挂帅', count: 2, seen: ['揭榜挂帅'] },
  ],
};

let m: Mounted | undefined;
let search: string;
beforeAll(async () => {
  await writePack(getDb(), pack);
});
beforeEach(async () => {
  installMessages('en');
  await settingsItem.setValue(DEFAULT_SETTINGS);
  const tab = await fakeBrowser.tabs.create({ url: summary.url, title: summary.title });
  search = `?tab=${tab.id}`;
  history.replaceState(null, '', '/sidepanel.html');
});
afterEach(() => m?.unmount());

const open = (hash = '') => {
  if (hash) history.replaceState(null, '', `/sidepanel.html${hash}`);
  m = mount(
    <SidePanelApp
      search={search}
      ask={async () => summary}
      renderClippings={() => <p data-testid="clippings">clippings</p>}
    />,
  );
  return m.root;
};
const input = (root: HTMLElement) => root.querySelector<HTMLInputElement>('input[type=search]')!;

describe('SidePanelApp', () => {
  test('home shows the page overview', async () => {
    const root = open();
    const row = await waitFor(() => root.querySelector(`li[data-entry-id="${term.id}"]`));
    expect(row.textContent).toContain(term.label);
    expect(root.querySelector('nav a[aria-current=page]')!.textContent).toBe('This page');
  });

  test.each(['揭榜挂帅', 'jie bang', 'jiē bǎng guà shuài', 'unveiling the list', 'unveling the list'])(
    'typing %s finds the entry, results grouped by kind',
    async (query) => {
      const root = open();
      // The index is built after the first paint; wait until a query answers.
      await waitFor(() => {
        type(input(root), query);
        return root.querySelector('[role=listbox] [role=option]');
      });
      const first = root.querySelector('[role=listbox] [role=group]')!;
      expect(first.querySelector('.group-label')!.textContent).toContain('Terms');
      expect(first.querySelector('[role=option]')!.id).toBe(
        `result-entry-${term.id}`.replace(/[^\w-]/g, '_'),
      );
      expect(location.hash).toBe(`#search/${encodeURIComponent(query)}`);
    },
  );

  test('home offers "Open a PDF file…", which opens the reader in a new tab and keeps the panel', async () => {
    const created: string[] = [];
    const realCreate = fakeBrowser.tabs.create;
    fakeBrowser.tabs.create = (async (p: { url?: string }) => {
      created.push(p.url ?? '');
      return { id: 99 };
    }) as never;
    onTestFinished(() => void (fakeBrowser.tabs.create = realCreate));
    const root = open();
    await waitFor(() => root.querySelector(`li[data-entry-id="${term.id}"]`));
    const buttons = [...root.querySelectorAll('button')];
    // The page is no PDF: only the file is offered.
    expect(buttons.some((b) => b.textContent === 'Open in Brief Lens reader')).toBe(false);
    buttons.find((b) => b.textContent === 'Open a PDF file…')!.click();
    await waitFor(() => created.length > 0);
    expect(new URL(created[0]!).pathname).toBe('/pdf.html');
    expect(root.isConnected).toBe(true);
  });

  test('arrow keys move the active result and Enter opens it', async () => {
    const root = open();
    await waitFor(() => {
      type(input(root), 'innovation');
      return root.querySelectorAll('[role=option]').length > 2;
    });
    const box = input(root);
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    press(box, 'ArrowDown');
    press(box, 'ArrowDown');
    const options = [...root.querySelectorAll('[role=option]')];
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    press(box, 'ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    press(box, 'Enter');
    await waitFor(() => root.querySelector('article.entry'));
    expect(location.hash).toMatch(/^#entry\//);
  });

  test('an entry deep link opens the entry view with passages, endnotes and where it occurs on the page', async () => {
    const root = open(`#entry/${term.id}`);
    const article = await waitFor(() => root.querySelector<HTMLElement>('article.entry'));
    expect(article.dataset.entryId).toBe(term.id);
    expect(article.querySelector('h2')!.textContent).toBe(term.label);
    expect(article.querySelector('[lang="zh-Hans"]')!.textContent).toBe('揭榜挂帅');
    expect(article.querySelectorAll('.passage').length).toBe(term.paragraphs.length);
    await waitFor(() => article.querySelector('#entry-on-page'));
    expect(article.querySelectorAll('.occurrences button')).toHaveLength(2);
    if (term.endnotes.length > 0) expect(article.querySelector('#entry-notes')).not.toBeNull();
  });

  test('a paragraph deep link opens the reader at that paragraph, highlighted and focused', async () => {
    const para = pack.paragraphs[5]!;
    const root = open(`#para/${para.id}`);
    const el = await waitFor(() => root.querySelector<HTMLElement>(`[data-para-id="${para.id}"]`));
    expect(el.classList.contains('target')).toBe(true);
    expect(document.activeElement).toBe(el);
    expect(root.querySelectorAll('.reader section').length).toBe(pack.sections.length);
  });

  test('the route follows hashchange and the background message', async () => {
    const root = open();
    await waitFor(() => root.querySelector('.overview'));
    location.hash = '#clippings';
    await waitFor(() => root.querySelector('[data-testid=clippings]'));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'sidePanelRoute', payload: { hash: `#entry/${term.id}` } },
      { id: fakeBrowser.runtime.id },
    );
    await waitFor(() => root.querySelector(`article.entry[data-entry-id="${term.id}"]`));
  });
});
