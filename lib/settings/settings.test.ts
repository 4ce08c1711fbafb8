import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isSiteEnabled,
  setSiteEnabled,
  settingsItem,
  siteKey,
  updateSettings,
  withDefaults,
} from './settings';

describe('settings', () => {
  test('start from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('concurrent changes in one context are all kept', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => updateSettings((s) => ({ muted: [...s.muted, id] }))));
    expect((await getSettings()).muted.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('a damaged stored value is filled from the defaults', () => {
    const s = withDefaults({ sites: ['x.org', 3 as unknown as string], languages: { en: false } as never });
    expect(s.sites).toEqual(['x.org']);
    expect(s.languages).toEqual({ en: false, zh: true });
    expect(s.hoverDelayMs).toBe(300);
  });

  test('version 1 (a single disabledSites list) migrates to deny mode with the same sites', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: true, disabledSites: ['example.com'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const s = await getSettings();
    expect(s.mode).toBe('deny');
    expect(s.sites).toEqual(['example.com']);
    expect(isSiteEnabled(s, 'https://www.example.com/a')).toBe(false);
  });

  test('site switches work in deny and allow mode, for subdomains, and only for http(s)', () => {
    const deny = withDefaults({});
    expect(siteKey('https://WWW.Gov.cn/x')).toBe('gov.cn');
    expect(isSiteEnabled(deny, 'chrome://extensions')).toBe(false);
    const off = withDefaults(setSiteEnabled(deny, 'https://www.gov.cn/a', false));
    expect(isSiteEnabled(off, 'https://english.gov.cn/b')).toBe(false);
    expect(isSiteEnabled(off, 'https://xinhuanet.com/')).toBe(true);
    const allow = withDefaults({ mode: 'allow', sites: [] });
    expect(isSiteEnabled(allow, 'https://gov.cn/')).toBe(false);
    const on = withDefaults({ ...allow, ...setSiteEnabled(allow, 'https://gov.cn/', true) });
    expect(isSiteEnabled(on, 'https://gov.cn/')).toBe(true);
    expect(withDefaults({ ...on, enabled: false }).enabled).toBe(false);
    expect(isSiteEnabled(withDefaults({ ...on, enabled: false }), 'https://gov.cn/')).toBe(false);
  });
});
