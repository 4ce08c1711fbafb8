import { describe, expect, test } from 'vitest';
import { isRestrictedUrl } from './restricted';

describe('isRestrictedUrl', () => {
  test.each([
    'chrome://extensions/',
    'about:blank',
    'edge://settings',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'moz-extension://1234/sidepanel.html',
    'view-source:https://example.com/',
    'file:///home/user/a.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'not a url',
    undefined,
  ])('%s is restricted', (url) => expect(isRestrictedUrl(url)).toBe(true));

  test.each([
    'https://www.gov.cn/zhengce/',
    'http://127.0.0.1:8080/a.html',
    'https://chrome.google.com/other',
  ])('%s is open to extensions', (url) => expect(isRestrictedUrl(url)).toBe(false));
});
