/** Which marks the user's settings let through: languages, muted terms, and first occurrence only. */
import type { Settings } from '../settings/settings';
import type { Mark } from './mark-index';
import { mentionKey } from './summary';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3007]/;

/** Marks in the languages the user reads and not muted: what the page is said to mention. */
export function wantedMarks(marks: readonly Mark[], s: Settings): Mark[] {
  const muted = new Set(s.muted);
  return marks.filter((m) => {
    if (m.mention.entryId !== null && muted.has(m.mention.entryId)) return false;
    const zh = CJK.test(m.mention.text);
    return zh ? s.languages.zh : s.languages.en;
  });
}

/** The marks to paint: the wanted ones, only the first of each entry when the user asks for that. */
export function paintedMarks(wanted: readonly Mark[], s: Settings): Mark[] {
  if (!s.firstOccurrenceOnly) return [...wanted];
  const seen = new Set<string>();
  return wanted.filter((m) => {
    const key = mentionKey(m.mention);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
