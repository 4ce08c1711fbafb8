/**
 * Test support: WXT's fake browser has no `i18n.getMessage`, so component tests install the real
 * message files behind it. Tests then see the same words users do, and a key missing from the files
 * shows up as the bare key.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

const FILES: Record<string, Record<string, { message: string }>> = { en, zh_CN: zh };

/** Makes `browser.i18n.getMessage` answer from one locale's messages.json. */
export function installMessages(locale: 'en' | 'zh_CN' = 'en'): void {
  const file = FILES[locale]!;
  (fakeBrowser.i18n as { getMessage: (key: string) => string }).getMessage = (key: string) =>
    file[key]?.message ?? '';
}
