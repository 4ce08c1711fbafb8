// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from './PopupApp';
import { installMessages } from '../../lib/i18n/test-messages';
import { click, mount, waitFor, type Mounted } from '../../lib/ui/testing';
import { getDb } from '../../lib/db/db';
import { writePack } from '../../lib/db/pack-queries';
import { loadPack } from '../../data/index';
import { settingsItem, DEFAULT_SETTINGS, getSettings } from '../../lib/settings/settings';
import type { PageSummary } from '../../lib/messaging/protocol';

const pack = loadPack();
const term = pack.entries.find((e) => e.zh?.hans === '揭榜挂帅')!;
const doc = pack.documents[0]!;

const summary: PageSummary = {
  url: 'https://news.example.org/story',
  title: 'A story',
  enabled: true,
  total: 4,
  mentions: [
    { entryId: doc.id, kind: 'document', label: doc.label, count: 1, seen: [doc.label] },
    {
      entryId: term.id,
      kind: 'term',
      label: term.label,
      zh: '揭榜挂帅',
      count: 3,
      seen: ['揭榜挂帅', 'unveiling the list'],
    },
  ],
};

let m: Mounted | undefined;
let tabId: number;
beforeAll(async () => {
  await writePack(getDb(), pack);
});
beforeEach(async () => {
  installMessages('en');
  await settingsItem.setValue(DEFAULT_SETTINGS);
  const tab = await fakeBrowser.tabs.create({ url: summary.url, title: summary.title });
  tabId = tab.id!;
});
afterEach(() => m?.unmount());

describe('PopupApp', () => {
  test('lists the page entries and documents grouped, with counts and aliases', async () => {
    m = mount(<PopupApp search={`?tab=${tabId}`} ask={async () => summary} />);
    const groups = await waitFor(() => {
      const sections = m!.root.querySelectorAll('section[aria-label]');
      return sections.length === 2 && sections;
    });
    expect(groups[0]!.getAttribute('aria-label')).toBe('Terms');
    expect(groups[1]!.getAttribute('aria-label')).toBe('Documents');
    const row = m.root.querySelector(`li[data-entry-id="${term.id}"]`)!;
    expect(row.textContent).toContain(term.label);
    expect(row.querySelector('.count')!.textContent).toBe('3');
    expect(row.querySelector('[lang="zh-Hans"]')!.textContent).toBe('揭榜挂帅');
  });

  test('a row opens in place to its passage, links and occurrences; an occurrence scrolls the page', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_id: number, message: unknown) => {
      sent.push(message);
      return true;
    }) as never;
    m = mount(<PopupApp search={`?tab=${tabId}`} ask={async () => summary} />);
    const toggle = await waitFor(() =>
      m!.root.querySelector<HTMLButtonElement>(`li[data-entry-id="${term.id}"] button`),
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    const body = await waitFor(() => m!.root.querySelector(`li[data-entry-id="${term.id}"] .passage`));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.textContent).toContain('Read in brief');
    expect(m.root.textContent).toContain('“unveiling the list”');
    const occurrences = m.root.querySelectorAll(`li[data-entry-id="${term.id}"] .occurrences button`);
    expect(occurrences).toHaveLength(3);
    click(occurrences[1]);
    expect(sent).toContainEqual({
      type: 'scrollToMention',
      payload: { entryId: term.id, label: term.label, index: 1 },
    });
  });

  test('the site switch turns the site off in settings and the popup says so', async () => {
    m = mount(<PopupApp search={`?tab=${tabId}`} ask={async () => summary} />);
    const sw = await waitFor(() => m!.root.querySelector<HTMLInputElement>('input[role=switch]'));
    expect(sw.checked).toBe(true);
    click(sw);
    await waitFor(() => m!.root.querySelector('[data-state="off"]'));
    expect((await getSettings()).sites).toEqual(['news.example.org']);
  });

  test.each([
    ['restricted', 'chrome://extensions/', async () => summary],
    [
      'no-script',
      'https://news.example.org/old',
      async () => Promise.reject(new Error('Could not establish connection')),
    ],
    ['empty', 'https://news.example.org/none', async () => ({ ...summary, total: 0, mentions: [] })],
  ])('explains the %s state', async (state, url, ask) => {
    const tab = await fakeBrowser.tabs.create({ url });
    m = mount(<PopupApp search={`?tab=${tab.id}`} ask={ask} />);
    const notice = await waitFor(() => m!.root.querySelector(`[data-state="${state}"]`));
    expect(notice.textContent.length).toBeGreaterThan(20);
    if (state === 'no-script') expect(notice.querySelector('button')!.textContent).toBe('Reload the page');
  });

  test('speaks Chinese when the browser does', async () => {
    installMessages('zh_CN');
    m = mount(<PopupApp search={`?tab=${tabId}`} ask={async () => summary} />);
    await waitFor(() => m!.root.querySelector('section[aria-label="术语"]'));
    expect(m.root.textContent).toContain('打开侧边栏');
  });
});
