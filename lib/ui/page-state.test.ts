import { describe, expect, test } from 'vitest';
import { loadPageState } from './page-state';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { PageSummary } from '../messaging/protocol';

const summary: PageSummary = {
  url: 'https://news.example.org/a',
  title: 'A',
  enabled: true,
  total: 0,
  mentions: [],
};
const tab = (url: string) => ({ id: 7, windowId: 1, url, title: '' });
const answers = async () => summary;
const silent = () => Promise.reject(new Error('Could not establish connection'));
const never = () => new Promise<PageSummary>(() => {});

describe('loadPageState', () => {
  test('no tab', async () =>
    expect((await loadPageState(null, DEFAULT_SETTINGS, answers)).kind).toBe('no-tab'));

  test('a browser page is restricted without asking it', async () => {
    expect((await loadPageState(tab('chrome://settings/'), DEFAULT_SETTINGS, never)).kind).toBe('restricted');
  });

  test('a site turned off, known from the tab or from the answer', async () => {
    const off = { ...DEFAULT_SETTINGS, sites: ['news.example.org'] };
    expect((await loadPageState(tab(summary.url), off, never)).kind).toBe('off');
    const state = await loadPageState(tab(''), off, answers);
    expect(state).toMatchObject({ kind: 'off', tab: { url: summary.url } });
  });

  test('a page that does not answer, with and without a known address', async () => {
    expect((await loadPageState(tab(summary.url), DEFAULT_SETTINGS, silent)).kind).toBe('no-script');
    expect((await loadPageState(tab(''), DEFAULT_SETTINGS, silent)).kind).toBe('unreadable');
    expect((await loadPageState(tab(summary.url), DEFAULT_SETTINGS, never, 20)).kind).toBe('no-script');
  });

  test('a hidden address is filled in from the answer', async () => {
    const state = await loadPageState(tab(''), DEFAULT_SETTINGS, answers);
    expect(state).toMatchObject({ kind: 'ready', tab: { url: summary.url, title: 'A' }, summary });
  });

  test('our own PDF reader is read as the PDF it shows, another extension’s page is not', async () => {
    const origin = 'chrome-extension://ours/';
    const reader = tab(`${origin}pdf.html?file=${encodeURIComponent('https://x.example/a.pdf')}`);
    const pdf = { ...summary, url: 'https://x.example/a.pdf', title: 'A PDF', total: 3 };
    const state = await loadPageState(reader, DEFAULT_SETTINGS, async () => pdf, 2500, origin);
    expect(state).toMatchObject({
      kind: 'ready',
      tab: { url: pdf.url, title: 'A PDF' },
      summary: pdf,
      reader: true,
    });
    const off = { ...DEFAULT_SETTINGS, sites: ['x.example'] };
    expect((await loadPageState(reader, off, async () => pdf, 2500, origin)).kind).toBe('off');
    // Opened from this computer: no site, so the reader's own answer says whether it marks.
    const local = { ...pdf, url: `${origin}pdf.html` };
    expect((await loadPageState(tab(`${origin}pdf.html`), off, async () => local, 2500, origin)).kind).toBe(
      'ready',
    );
    const localOff = { ...local, enabled: false };
    expect(
      (await loadPageState(tab(`${origin}pdf.html`), DEFAULT_SETTINGS, async () => localOff, 2500, origin))
        .kind,
    ).toBe('off');
    // Without our origin, or for another extension's reader, or our other pages: restricted, not asked.
    expect((await loadPageState(reader, DEFAULT_SETTINGS, never)).kind).toBe('restricted');
    const theirs = tab(`chrome-extension://theirs/pdf.html?file=x`);
    expect((await loadPageState(theirs, DEFAULT_SETTINGS, never, 2500, origin)).kind).toBe('restricted');
    expect(
      (await loadPageState(tab(`${origin}popup.html`), DEFAULT_SETTINGS, never, 2500, origin)).kind,
    ).toBe('restricted');
  });
});
