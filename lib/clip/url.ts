/** Web addresses as clippings store and compare them. */

/** Query parameters that only say how a reader arrived, never what they read. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  'spm',
  'scm',
  '_ga',
  '_gl',
  'cmpid',
  'ocid',
  'smid',
  'sr_share',
  'share',
  'at_medium',
  'at_campaign',
  'ncid',
  'cid_source',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING.has(lower);
}

/** The address parsed, if it is an absolute http(s) one. */
export function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** True for an absolute http(s) address. */
export function isHttpUrl(value: string): boolean {
  return parseHttpUrl(value) !== null;
}

/**
 * The form in which clippings store and look up a page address: http(s) only, no fragment, no
 * tracking parameters, no user name or password. Host case and default ports are already folded by
 * the URL parser. Returns null for anything that is not an http(s) address.
 */
export function normaliseUrl(value: string, base?: string): string | null {
  const url = parseHttpUrl(value, base);
  if (!url) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // forEach, not the iterator: in Firefox content scripts URLSearchParams iterators are not iterable.
  const names: string[] = [];
  url.searchParams.forEach((_value, key) => void names.push(key));
  for (const name of names) {
    if (isTracking(name)) url.searchParams.delete(name);
  }
  // URLSearchParams re-serialises the query even when nothing was removed; keep an empty query out.
  if (url.searchParams.toString() === '') url.search = '';
  return url.href;
}

/** A site's name for display when the page declares none: its host without `www.`. */
export function siteFromUrl(value: string): string {
  const url = parseHttpUrl(value);
  return url ? url.hostname.replace(/^www\./, '') : '';
}
