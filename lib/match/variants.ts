/**
 * Spelling variants of English aliases, generated when the table is compiled: each hyphen of a compound
 * kept, opened or closed on its own ('whole-of-nation' / 'whole of-nation' / 'wholeofnation'), closed-up
 * prefixes opened ('megaprojects' / 'mega-projects'), the first word of a verb phrase inflected
 * ('concentrate power' / 'concentrating power'), and the inflections of the last word ('chokepoint' / 'chokepoints', 'de-risk' /
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

/** Prefixes written closed, hyphenated or (the longer ones) apart: megaproject, mega-project, mega project. */
// Short prefixes (de, re, co) are left alone here: 'research' is not 're-search', 'concentrate' not 'co-ncentrate'.
const PREFIXES = /^(non|anti|mega|techno|micro|cyber|semi|multi|nano)(?=[a-z]{4,}$)/;
const OPEN_PREFIXES = new Set(['mega', 'techno', 'micro', 'cyber', 'semi', 'multi', 'nano']);
/** At most this many hyphens vary one by one (3^n spellings); more vary all together. */
const MAX_FREE_HYPHENS = 3;

/** Ways a written hyphen can be spelled: kept, as a space, closed up. */
const JOINS = ['-', ' ', ''];

/** A word with a closed-up prefix, opened: megaprojects → mega-projects (and mega projects). */
function prefixForms(word: string): string[] {
  const m = PREFIXES.exec(word);
  if (!m) return [];
  const rest = word.slice(m[1]!.length);
  const forms = [`${m[1]}-${rest}`];
  if (OPEN_PREFIXES.has(m[1]!)) forms.push(`${m[1]} ${rest}`);
  return forms;
}

function spellings(alias: string): string[] {
  const out = new Set<string>();
  const parts = alias.split('-');
  const hyphens = parts.length - 1;
  if (hyphens === 0) out.add(alias);
  else if (hyphens <= MAX_FREE_HYPHENS) {
    const spell = (joinAt: (h: number) => string): string => {
      let spelled = parts[0]!;
      for (let h = 0; h < hyphens; h++) {
        const join = joinAt(h);
        const next = parts[h + 1]!;
        // A hyphen beside a space or a digit ('mid- to', '2021-35') never closes up.
        const keep = join === '' && (/[\d ]$/.test(spelled) || /^[\d ]/.test(next) || !next || !spelled);
        spelled += (keep ? ' ' : join) + next;
      }
      return spelled.replace(/ {2,}/g, ' ').trim();
    };
    // Each hyphen on its own a hyphen or a space, and at most one closed up (or all of them).
    out.add(spell(() => ''));
    for (let c = 0; c < JOINS.length ** hyphens; c++) {
      const joins = Array.from(
        { length: hyphens },
        (_, h) => JOINS[Math.floor(c / JOINS.length ** h) % JOINS.length]!,
      );
      if (joins.filter((j) => j === '').length <= 1) out.add(spell((h) => joins[h]!));
    }
  } else for (const join of JOINS) out.add(parts.join(join).replace(/ {2,}/g, ' ').trim());
  // An open compound of two or three words is also written hyphenated ('total-factor productivity').
  const words = alias.split(' ');
  if (hyphens === 0 && words.length >= 2 && words.length <= 3 && words.every((w) => /^[a-z]+$/.test(w))) {
    out.add(words.join('-'));
    // The first two words joined, as an attributive compound ('total-factor productivity').
    if (words.length === 3) out.add(`${words[0]}-${words[1]} ${words[2]}`);
  }
  // British and American spellings: -ise/-ize, -isation/-ization ('modernised', 'mobilization').
  for (const spelled of [...out]) {
    const other = spelled.replace(
      /([a-z]{3,})i([sz])(e|ed|es|ing|ation|ations)\b/g,
      (_, stem: string, z: string, end: string) => `${stem}i${z === 's' ? 'z' : 's'}${end}`,
    );
    if (other !== spelled) out.add(other);
  }
  // A closed-up prefix opens, one word at a time, so the expansion stays small.
  for (const spelled of [...out]) {
    const words = spelled.split(' ');
    words.forEach((word, i) => {
      for (const form of prefixForms(word))
        out.add([...words.slice(0, i), form, ...words.slice(i + 1)].join(' '));
    });
  }
  return [...out];
}

/** The forms of the first word of a verb phrase: concentrate → concentrates, concentrating, concentrated. */
function firstWordForms(spelling: string): string[] {
  const m = /^([a-z]{3,})( .+)$/.exec(spelling);
  if (!m) return [spelling];
  const forms = new Set<string>([spelling]);
  for (const stem of stemsOf(m[1]!)) for (const form of inflect(stem, true)) forms.add(form + m[2]!);
  return [...forms];
}

/**
 * True if the alias as written reads as a verb phrase whose first word inflects: a gerund
 * ('concentrating resources …'), a verb in -ate/-ize/-ise/-ify, or a first word followed by an article
 * ('unveil the list'). Aliases flagged `verbPhrase` in the pack inflect whatever their first word.
 */
export function isVerbPhrase(written: string): boolean {
  const m = /^([a-z]{3,}) (\S+)/.exec(written.trim());
  if (!m) return false;
  return /(ing|ate|ize|ise|ify)$/.test(m[1]!) || /^(the|a|an)$/.test(m[2]!);
}

/** Every English spelling the alias (already normalised, lower-case) stands for. */
export function englishVariants(alias: string, inflectLastWord: boolean, verbPhrase = false): string[] {
  const out = new Set<string>();
  for (const spelled of spellings(alias)) {
    for (const spelling of verbPhrase ? firstWordForms(spelled) : [spelled]) {
      out.add(spelling);
      const m = /^(.*?)([a-z]{3,})$/.exec(spelling);
      if (!inflectLastWord || !m) continue;
      const head = m[1]!;
      const word = m[2]!;
      // Verb forms only for one-word aliases and aliases already written as verb forms.
      const verbal = /^[^\s-]+(-[^\s-]+)?$/.test(spelling) || /(ing|ed)$/.test(word);
      // Only the base form inflects: 'tasks' gives 'task', never 'taskses'.
      const stems = stemsOf(word);
      const base = stems.length > 1 ? stems.slice(1) : stems;
      out.add(head + word);
      for (const stem of base) for (const form of inflect(stem, verbal)) out.add(head + form);
    }
  }
  return [...out];
}

/** True if the last word of the alias as written is lower-case letters, so it inflects like a common noun or verb. */
export function inflects(written: string): boolean {
  return /(^|[\s-])[a-z]{3,}$/.test(written.trim());
}
