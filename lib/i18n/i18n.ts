/**
 * The interface's words, through `browser.i18n` and `public/_locales/<locale>/messages.json`, so the
 * browser picks English or simplified Chinese from its own locale. Substitutions use `{name}` tokens
 * that we replace ourselves: Chrome and Firefox treat `$` placeholders slightly differently.
 */
import { browser } from 'wxt/browser';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The message for `key` in the browser's interface language, with `{name}` tokens filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key);
  } catch {
    // Outside an extension (a unit test without messages installed) there is no i18n at all.
  }
  if (!text) text = key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/**
 * The BCP 47 tag of the messages actually in use. It comes from the message files themselves (the
 * `uiLang` key), not from the browser's locale, so a French browser that falls back to English
 * messages is still tagged `en`.
 */
export function uiLang(): string {
  const lang = t('uiLang');
  return lang === 'uiLang' ? 'en' : lang;
}

/** Tags a page with the interface language, for screen readers and for CJK font selection. */
export function applyDocumentLang(doc: Document): void {
  doc.documentElement.lang = uiLang();
}
