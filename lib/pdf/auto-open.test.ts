import { describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-core';
import { onTabUrl, readerRedirect } from './auto-open';

const ext = (path: string) => `chrome-extension://abc${path}`;
const on: Settings = { ...DEFAULT_SETTINGS, openPdfsInReader: true };
const pdf = 'https://think.example/reports/brief.pdf?v=2';

describe('readerRedirect', () => {
  test('off by default: nothing is redirected', () => {
    expect(DEFAULT_SETTINGS.openPdfsInReader).toBe(false);
    expect(readerRedirect(pdf, DEFAULT_SETTINGS, ext)).toBeNull();
  });

  test('on: an http(s) PDF goes to the reader with its address', () => {
    const to = readerRedirect(pdf, on, ext)!;
    expect(to.startsWith('chrome-extension://abc/pdf.html?file=')).toBe(true);
    expect(new URL(to).searchParams.get('file')).toBe(pdf);
    expect(readerRedirect('http://a.example/X.PDF', on, ext)).not.toBeNull();
  });

  test.each([
    'https://think.example/reports/brief.html',
    'https://think.example/brief.pdf.html',
    'https://think.example/download?file=brief.pdf',
    'file:///home/me/brief.pdf',
    'chrome-extension://abc/pdf.html?file=https%3A%2F%2Fx.example%2Fa.pdf',
    '',
    undefined,
  ])('%s is left alone', (url) => expect(readerRedirect(url, on, ext)).toBeNull());

  test('not on a site turned off, nor with the extension off', () => {
    expect(readerRedirect(pdf, { ...on, sites: ['think.example'] }, ext)).toBeNull();
    expect(readerRedirect(pdf, { ...on, enabled: false }, ext)).toBeNull();
  });
});

describe('onTabUrl', () => {
  const deps = (granted: boolean, settings = on) => ({
    settings: async () => settings,
    extensionUrl: ext,
    granted: vi.fn(async () => granted),
    redirect: vi.fn(async () => undefined),
  });

  test('redirects only where the site is granted', async () => {
    const yes = deps(true);
    expect(await onTabUrl(4, pdf, yes)).toBe(true);
    expect(yes.granted).toHaveBeenCalledWith('https://think.example/*');
    expect(yes.redirect).toHaveBeenCalledWith(4, ext(`/pdf.html?file=${encodeURIComponent(pdf)}`));
    const no = deps(false);
    expect(await onTabUrl(4, pdf, no)).toBe(false);
    expect(no.redirect).not.toHaveBeenCalled();
  });

  test('asks nothing of the browser when the option is off or the address is no PDF', async () => {
    const off = deps(true, DEFAULT_SETTINGS);
    expect(await onTabUrl(4, pdf, off)).toBe(false);
    const page = deps(true);
    expect(await onTabUrl(4, 'https://think.example/', page)).toBe(false);
    expect(off.granted).not.toHaveBeenCalled();
    expect(page.granted).not.toHaveBeenCalled();
  });
});
