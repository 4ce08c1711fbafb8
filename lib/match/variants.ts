/**
 * Spelling variants of English aliases, generated when the table is compiled: hyphenated compounds
 * also written open ('whole-of-nation' / 'whole of nation') or closed after a short prefix ('de-risk' /
 * 'derisk'), and the inflections of the last word ('chokepoint' / 'chokepoints', 'de-risk' /
 * 'de-risking' / 'de-risked'). Only lower-case last words inflect: 'Beijing' is not 'Beij' + 'ing'.
 */

const SIBILANT = /(s|x|z|ch|sh)$/;

/** The likely base forms of a lower-case word (the word itself included). */
function stemsOf(word: string): string[] {
  const stems = [word];
  if (word.length > 5 && word.endsWith('ing')) stems.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  else if (word.length > 4 && word.endsWith('ied')) stems.push(word.slice(0, -3) + 'y');
  else if (word.length > 4 && word.endsWith('ed')) stems.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.length > 4 && word.endsWith('ies')) stems.push(word.slice(0, -3) + 'y');
  else if (word.length > 3 && word.endsWith('es') && SIBILANT.test(word.slice(0, -2)))
    stems.push(word.slice(0, -2));
  else if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) stems.push(word.slice(0, -1));
  return stems;
}

/** Plural, third-person, -ing and -ed forms of a base form. */
function inflect(stem: string, verbal: boolean): string[] {
  const forms = [stem];
  if (/[^aeiou]y$/.test(stem)) forms.push(stem.slice(0, -1) + 'ies');
  else if (SIBILANT.test(stem)) forms.push(stem + 'es');
  else forms.push(stem + 's');
  if (verbal) {
    const bare = stem.endsWith('e') && !stem.endsWith('ee') ? stem.slice(0, -1) : stem;
    forms.push(bare + 'ing');
    if (/[^aeiou]y$/.test(stem)) forms.push(stem.slice(0, -1) + 'ied');
    else forms.push(stem.endsWith('e') ? stem + 'd' : stem + 'ed');
  }
  return forms;
}

function spellings(alias: string): string[] {
  const out = new Set([alias]);
  if (alias.includes('-')) {
    out.add(alias.replace(/-/g, ' '));
    // Short prefixes close up in common usage: de-risk → derisk, co-operation → cooperation.
    const closed = alias.replace(/\b(de|re|co|non|pre|anti)-(?=[a-z])/g, '$1');
    if (closed !== alias) out.add(closed);
  }
  return [...out];
}

/** Every English spelling the alias (already normalised, lower-case) stands for. */
export function englishVariants(alias: string, inflectLastWord: boolean): string[] {
  const out = new Set<string>();
  for (const spelling of spellings(alias)) {
    out.add(spelling);
    const m = /^(.*?)([a-z]{3,})$/.exec(spelling);
    if (!inflectLastWord || !m) continue;
    const head = m[1]!;
    const word = m[2]!;
    // Verb forms only for one-word aliases and aliases already written as verb forms.
    const verbal = !/\s/.test(spelling) || /(ing|ed)$/.test(word);
    for (const stem of stemsOf(word)) for (const form of inflect(stem, verbal)) out.add(head + form);
  }
  return [...out];
}

/** True if the last word of the alias as written is lower-case letters, so it inflects like a common noun or verb. */
export function inflects(written: string): boolean {
  return /(^|[\s-])[a-z]{3,}$/.test(written.trim());
}
