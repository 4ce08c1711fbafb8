import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { installMessages } from './test-messages';
import { t, uiLang } from './i18n';

describe('interface messages', () => {
  test('English and simplified Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test('every {token} of an English message is in its Chinese one', () => {
    const tokens = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, value] of Object.entries(en)) {
      expect(tokens((zh as Record<string, { message: string }>)[key]!.message), key).toEqual(
        tokens(value.message),
      );
    }
  });

  test('t fills tokens and the language tag follows the messages in use', () => {
    installMessages('zh_CN');
    expect(t('goToOccurrence', { i: 2, n: 5 })).toBe('跳到第 2 处（共 5 处）');
    expect(uiLang()).toBe('zh-Hans');
    installMessages('en');
    expect(t('goToOccurrence', { i: 2, n: 5 })).toBe('Go to occurrence 2 of 5');
    expect(uiLang()).toBe('en');
  });
});
