/**
 * The user's settings, one versioned item in extension storage. Pages, the background and the content
 * script all read it; `storage.onChanged` tells every context when it changes.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './settings-core';

export * from './settings-core';

/** The stored item. Version 2 split the old single `disabledSites` list into mode + sites. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: Partial<Settings> & { disabledSites?: string[] }) => {
      const { disabledSites, ...rest } = old ?? {};
      return withDefaults({ ...rest, mode: 'deny', sites: disabledSites ?? [] });
    },
  },
});

/** Reads the settings, whole. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Applies a change to the stored settings and returns the result. Changes made in one context run one
 * after another, so two quick clicks never read the same old value and lose one of the changes.
 */
export function updateSettings(change: (s: Settings) => Partial<Settings>): Promise<Settings> {
  const run = pending.then(async () => {
    const current = await getSettings();
    const next = withDefaults({ ...current, ...change(current) });
    await settingsItem.setValue(next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** Watches the settings; returns the function that stops watching. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(withDefaults(v)));
}
