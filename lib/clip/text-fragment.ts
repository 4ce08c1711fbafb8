/**
 * *Open at source* addresses: the page's address with a text fragment (`#:~:text=`) naming the quote,
 * so the browser scrolls to it and highlights it when the page opens (Chrome, Edge, Firefox 131+).
 * Browsers that do not know text fragments just open the page.
 *
 * Quotes are cut by code point, never between the halves of a surrogate pair (a Chinese character
 * outside the BMP, an emoji); a quote that still cannot be encoded (it holds a lone surrogate from a
 * broken page) gives the plain address, so the page opens anyway.
 */
import { hasLoneSurrogate } from './text-safety';

const WORDS_AT_ENDS = 4;
const CHARS_AT_ENDS = 12;
/** Quotes longer than this many code points are named by their ends. */
const LONG = 80;

/** Percent-encodes a text directive part, including the characters that delimit the directive. */
function part(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** The first and last few words (or, for text without spaces, code points) of a long quote. */
function ends(quote: string): [string, string] {
  const words = quote.split(' ');
  if (words.length > WORDS_AT_ENDS * 2) {
    return [words.slice(0, WORDS_AT_ENDS).join(' '), words.slice(-WORDS_AT_ENDS).join(' ')];
  }
  const points = Array.from(quote);
  return [points.slice(0, CHARS_AT_ENDS).join(''), points.slice(-CHARS_AT_ENDS).join('')];
}

/** Builds the address that opens `url` scrolled to `quote`; `url` must already be an http(s) address. */
export function textFragmentUrl(url: string, quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  const [base, hash] = url.split('#', 2);
  const keep = hash && !hash.includes(':~:') ? hash : '';
  const plain = keep ? `${base}#${keep}` : base!;
  if (hasLoneSurrogate(text)) return plain;
  let directive: string;
  try {
    directive = Array.from(text).length > LONG ? ends(text).map(part).join(',') : part(text);
  } catch {
    return plain;
  }
  return `${base}#${keep}:~:text=${directive}`;
}
