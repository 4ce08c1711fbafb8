/** Reading a site the user typed into the options page: a host name or any address on it. */

/** The site key for typed text (`gov.cn`, `https://www.gov.cn/x`), or null when it names no host. */
export function parseSiteInput(raw: string): string | null {
  const text = raw.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z\d+.-]*:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  // A host needs a dot (or to be a bare IPv4 address) to be a site on the web.
  return /^[a-z\d-]+(\.[a-z\d-]+)+$/.test(host) ? host : null;
}
