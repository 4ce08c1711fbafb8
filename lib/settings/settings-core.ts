/**
 * The settings' shape, defaults and the pure rules over them (which sites are on). Kept apart from the
 * stored item (settings.ts) so that the content script can use them without the storage library.
 */

export type SiteMode = 'deny' | 'allow';
export type HoverModifier = 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
export type MarkStyle = 'underline' | 'background' | 'hover';

export interface Settings {
  /** The extension as a whole; the keyboard command toggles marks per page, not this. */
  enabled: boolean;
  /** 'deny': on everywhere except `sites`; 'allow': only on `sites`. */
  mode: SiteMode;
  sites: string[];
  hoverDelayMs: number;
  hoverModifier: HoverModifier;
  markStyle: MarkStyle;
  firstOccurrenceOnly: boolean;
  /** Entry ids the user muted. */
  muted: string[];
  languages: { en: boolean; zh: boolean };
  /** Show the small *Save clipping* button beside a selection. */
  selectionButton: boolean;
  /** Open a PDF the browser navigates to (on a site the reader may read) in the reader instead. */
  openPdfsInReader: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  mode: 'deny',
  sites: [],
  hoverDelayMs: 300,
  hoverModifier: 'none',
  markStyle: 'underline',
  firstOccurrenceOnly: false,
  muted: [],
  languages: { en: true, zh: true },
  selectionButton: true,
  openPdfsInReader: false,
};

/** Fills what an older or damaged stored value lacks, so every reader sees a whole Settings. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  const v = value ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...v,
    languages: { ...DEFAULT_SETTINGS.languages, ...(v.languages ?? {}) },
    sites: Array.isArray(v.sites) ? v.sites.filter((s) => typeof s === 'string') : [],
    muted: Array.isArray(v.muted) ? v.muted.filter((s) => typeof s === 'string') : [],
  };
}

/** The key a site is listed under: its host name without a leading `www.`. */
export function siteKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Whether the extension marks pages of this address under these settings. */
export function isSiteEnabled(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(url);
  if (key === null) return false;
  const listed = settings.sites.some((s) => key === s || key.endsWith('.' + s));
  return settings.mode === 'deny' ? !listed : listed;
}

/** Turns marking on or off for one site, whichever list mode is in force. */
export function setSiteEnabled(settings: Settings, url: string, on: boolean): Partial<Settings> {
  const key = siteKey(url);
  if (key === null) return {};
  const without = settings.sites.filter((s) => s !== key);
  const listWants = settings.mode === 'deny' ? !on : on;
  return { sites: listWants ? [...without, key] : without };
}
