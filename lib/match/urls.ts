/**
 * Address comparison for citations: two links cite the same source when they differ only in scheme,
 * a leading `www.`, a trailing slash, the fragment, letter case of the host, or tracking parameters.
 */

const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|spm|scm|from|share|ref|ref_src|src|cmpid|ocid|s_cid|_ga|yclid)$/i;

/** The comparable form of an address, or '' if it is not an http(s) address. */
export function normaliseUrl(raw: string, base?: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // forEach, not the iterator: in Firefox content scripts URLSearchParams iterators are not iterable.
  const all: [string, string][] = [];
  url.searchParams.forEach((value, key) => void all.push([key, value]));
  const params = all.filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? '?' + new URLSearchParams(params).toString() : '';
  let path = url.pathname.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written.
  }
  const port = url.port ? ':' + url.port : '';
  return host + port + path + query;
}
