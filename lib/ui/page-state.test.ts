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
});
