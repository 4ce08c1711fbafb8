/**
 * *Open at source* addresses: the page's address with a text fragment (`#:~:text=`) naming the quote,
 * so the browser scrolls to it and highlights it when the page opens (Chrome, Edge, Firefox 131+).
 * Browsers that do not know text fragments just open the page.
 */

const WORDS_AT_ENDS = 4;
const CHARS_AT_ENDS = 12;
const LONG = 80;

/** Percent-encodes a text directive part, including the characters that delimit the directive. */
function part(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** The first and last few words (or, for text without spaces, characters) of a long quote. */
function ends(quote: string): [string, string] {
  const words = quote.split(' ');
  if (words.length > WORDS_AT_ENDS * 2) {
    return [words.slice(0, WORDS_AT_ENDS).join(' '), words.slice(-WORDS_AT_ENDS).join(' ')];
  }
  return [quote.slice(0, CHARS_AT_ENDS), quote.slice(-CHARS_AT_ENDS)];
}

/** Builds the address that opens `url` scrolled to `quote`; `url` must already be an http(s) address. */
export function textFragmentUrl(url: string, quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const directive = text.length > LONG ? ends(text).map(part).join(',') : part(text);
  const [base, hash] = url.split('#', 2);
  const keep = hash && !hash.includes(':~:') ? hash : '';
  return `${base}#${keep}:~:text=${directive}`;
}
