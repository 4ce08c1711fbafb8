/**
 * Plain reads and watches of `browser.storage.local` values, for the content script: it reads
 * the items that `wxt/utils/storage` defines (the settings, the pattern table) by their storage keys
 * without carrying that library into every page. Migrations stay with the defined items, which the
 * background and the extension pages run. Nothing here writes: a content script asks the background.
 */
import { browser } from 'wxt/browser';

/** The value stored under `key` in local storage, or undefined. */
export async function readLocal<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.local.get(key);
  return got[key] as T | undefined;
}

/** Calls back with the new value whenever `key` changes in local storage; returns the function that stops. */
export function watchLocal<T>(key: string, cb: (value: T | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) cb(changes[key]!.newValue as T | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
