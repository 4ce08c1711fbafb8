/**
 * Acronyms a page introduces itself: a pack entry's name followed by an acronym in brackets ('new-type
 * R&D institutes (NRIs)', '国家科技重大专项（NSTMP）') makes that acronym, and its plural, a mention of the
 * same entry everywhere after it in the text. Only where a definition is found: most pages pay one
 * regular-expression test per mention.
 */
import type { Mention } from './types';

const DEFINITION = /^\s?[(（]\s?([A-Z][A-Za-z0-9&]{1,7}?)(s?)\s?[)）]/;
const WORD = /[\p{L}\p{N}]/u;

/** Mentions of page-defined acronyms in `raw`, not overlapping `mentions` (which are in text order). */
export function localAcronyms(raw: string, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of mentions) {
    if (!m.entryId) continue;
    const def = DEFINITION.exec(raw.slice(m.end, m.end + 16));
    if (!def) continue;
    const acronym = def[1]!;
    for (let at = raw.indexOf(acronym, m.end); at >= 0; at = raw.indexOf(acronym, at + 1)) {
      let end = at + acronym.length;
      if (raw[end] === 's') end++;
      if (WORD.test(raw[at - 1] ?? '') || WORD.test(raw[end] ?? '')) continue;
      found.push({ ...m, text: raw.slice(at, end), start: at, end });
    }
  }
  if (found.length === 0) return mentions;
  const all = [...mentions];
  for (const f of found) {
    if (!all.some((m) => m.start < f.end && f.start < m.end)) all.push(f);
  }
  return all.sort((a, b) => a.start - b.start);
}
