/**
 * Traditional → simplified folding for the characters the pack uses, learnt from the pack's own pairs
 * (each `zh` alias beside the traditional variants opencc-js produced for it at build time). Folding the
 * page's characters onto the simplified ones lets mixed-script text, and traditional forms of
 * exclusions and cue words, match without a converter in the content script. A character that maps to
 * different simplified characters in different pairs (资/資 but also 信息/資訊) is left out, and only
 * same-length pairs are read, so phrase-level conversions never teach a wrong character.
 */

/** Learns the fold from (simplified, traditional) pairs; returns "t1s1t2s2…" for the table. */
export function learnFold(pairs: [string, string][]): string {
  const map = new Map<string, string | null>();
  for (const [hans, hant] of pairs) {
    const s = [...hans];
    const t = [...hant];
    if (s.length !== t.length) continue;
    t.forEach((tc, i) => {
      const sc = s[i]!;
      if (tc === sc || tc.length !== 1 || sc.length !== 1) return;
      const known = map.get(tc);
      if (known === undefined) map.set(tc, sc);
      else if (known !== sc) map.set(tc, null);
    });
  }
  const simplified = new Set(pairs.flatMap(([hans]) => [...hans]));
  let out = '';
  // A character that simplified text itself uses stays as it is: folding it would merge two words.
  for (const [tc, sc] of map) if (sc && !simplified.has(tc)) out += tc + sc;
  return out;
}

/** Applies a learnt fold ("t1s1t2s2…") to a string. */
export function applyFold(text: string, fold: string): string {
  if (!fold) return text;
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fold.length; i += 2) map.set(fold[i]!, fold[i + 1]!);
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
