/**
 * Settings changes from one page, applied one after another. `updateSettings` reads, changes and writes
 * the whole item, so two quick clicks that overlapped would lose the first change.
 */
import { updateSettings, type Settings } from '../settings/settings';

let last: Promise<unknown> = Promise.resolve();

/** Queues a change to the settings behind any change this page has already made. */
export function queueSettings(change: (s: Settings) => Partial<Settings>): Promise<void> {
  const next = last.then(() => updateSettings(change)).then(
    () => undefined,
    () => undefined,
  );
  last = next;
  return next;
}
