/** Character classes the matcher's boundary rules use, on normalised (lower-cased) code units. */

/** Chinese characters, kana and CJK punctuation: scripts written without spaces between words. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3001 && code <= 0x30ff)
  );
}

/** Letters and digits of space-separated scripts: an English alias must not touch one on either side. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7;
}

/** Digits and Chinese numerals: 十四五 must not be read inside 二十四五 nor 十四 inside 十四五. */
export function isNumeral(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    '〇零一二三四五六七八九十百千万两兩萬'.includes(String.fromCharCode(code))
  );
}
