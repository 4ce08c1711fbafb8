/**
 * Changes to the settings as plain data, so that they can travel in a message to the background, which
 * validates them (lib/messaging/schemas.ts) and applies them. A content script never writes the
 * settings itself: a page that tricked it into writing could otherwise change anything stored there.
 */
import { setSiteEnabled, type Settings } from './settings-core';

/** The settings a `set` change may give outright; the lists change through their own kinds. */
export type PlainSettings = Partial<Omit<Settings, 'muted' | 'sites' | 'languages'>> & {
  languages?: Partial<Settings['languages']>;
};

export type SettingsChange =
  | { kind: 'mute'; entryId: string }
  | { kind: 'unmute'; entryId: string }
  | { kind: 'site'; url: string; on: boolean }
  | { kind: 'set'; values: PlainSettings };

/** The part of the settings a change replaces, worked out from the current settings. */
export function applyChange(current: Settings, change: SettingsChange): Partial<Settings> {
  switch (change.kind) {
    case 'mute':
      return current.muted.includes(change.entryId) ? {} : { muted: [...current.muted, change.entryId] };
    case 'unmute':
      return { muted: current.muted.filter((id) => id !== change.entryId) };
    case 'site':
      return setSiteEnabled(current, change.url, change.on);
    case 'set': {
      const { languages, ...rest } = change.values;
      return languages ? { ...rest, languages: { ...current.languages, ...languages } } : rest;
    }
  }
}
