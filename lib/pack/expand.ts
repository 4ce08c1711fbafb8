/**
 * The pack's compact alias forms, expanded into the concrete aliases the table matches: templates with
 * synonym slots, swapped two-part slogans, forms generated from a dated document's date, the Chinese
 * name as an alias, and the rules that travel with every form (an entry's negative cues, regional
 * vetoes, a nickname's need for a document cue). Pure and deterministic; `compileTable` and the data
 * lints both read it, so what is linted is what is matched.
 */
import type { Alias, CueSet, DateForms, Entry, Pack, PackDocument } from './types';

/** At most this many aliases come from one template (the validator refuses a template over it). */
export const MAX_TEMPLATE_EXPANSION = 48;

const SLOT = /\{([A-Za-z]+)\}/g;

/** The concrete texts a template stands for, or the text itself if it has no slot. */
export function expandTemplate(text: string, synonyms: Record<string, string[]> = {}): string[] {
  let out = [''];
  let last = 0;
  for (const m of text.matchAll(SLOT)) {
    const members = synonyms[m[1]!] ?? [m[1]!];
    const literal = text.slice(last, m.index);
    out = out.flatMap((head) => members.map((w) => head + literal + w));
    last = m.index + m[0].length;
    if (out.length > MAX_TEMPLATE_EXPANSION) break;
  }
  return out.map((head) => head + text.slice(last)).slice(0, MAX_TEMPLATE_EXPANSION);
}

/** The slot names of a template. */
export function templateSlots(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]!);
}

/** 'A and B' → 'B and A', 'A, B', 'B, A', 'A & B'; 'A, B' → 'B, A', 'A and B', 'B and A'. */
export function swappedForms(text: string): string[] {
  const m = /^(.+?)(?: and |, | & )(.+)$/.exec(text);
  if (!m) return [];
  const [a, b] = [m[1]!, m[2]!];
  return [`${b} and ${a}`, `${a}, ${b}`, `${b}, ${a}`, `${a} and ${b}`, `${a} & ${b}`].filter(
    (t) => t !== text,
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** AP-style abbreviations (and the bare three letters, which wires also use). */
const MONTH_ABBR = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** English and Chinese forms of a dated document's date: 'October 7 rules', 'Oct. 2023 update', '1017新规'. */
export function dateForms(date: string, forms: DateForms): Alias[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return [];
  const [year, month, day] = [m[1]!, Number(m[2]), Number(m[3])];
  const names = [...new Set([MONTHS[month - 1]!, MONTH_ABBR[month - 1]!])];
  const en = new Set<string>();
  for (const head of forms.en ?? []) {
    for (const name of names) {
      en.add(`${name} ${day} ${head}`);
      en.add(`${name} ${day}, ${year} ${head}`);
      en.add(`${name} ${year} ${head}`);
    }
    // A year alone, and the Chinese-style number ('the 2022 rules', '1017 new rules'): cued like the rest.
    en.add(`${year} ${head}`);
    en.add(`${month}${day} ${head}`);
  }
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const zh = new Set<string>();
  for (const head of forms.zh ?? []) {
    // 107新规, 1007新规, 10.07, 10·7, 10月7日: every way Chinese reporting writes the day.
    for (const d of [
      `${month}${day}`,
      `${month}${dd}`,
      `${mm}${dd}`,
      `${mm}.${dd}`,
      `${month}·${day}`,
      `${month}.${day}`,
      `${month}月${day}日`,
    ])
      zh.add(d + head);
    zh.add(`${year}年${month}月${day}日${head}`);
  }
  // A cue word inside the form itself ('export' in 'October 7 export controls') is no cue: such a form
  // needs the others, or none when it names its subject itself.
  const make = (text: string, lang: 'en' | 'zh'): Alias => {
    const lower = text.toLowerCase();
    const context = forms.context.filter((c) => !lower.includes(c.toLowerCase()));
    return context.length === forms.context.length ? { text, lang, context } : { text, lang };
  };
  return [...[...en].map((t) => make(t, 'en')), ...[...zh].map((t) => make(t, 'zh'))];
}

/** True if an alias names China itself, so no Taiwan or Hong Kong cue can make it someone else's. */
const NAMES_CHINA = /China|Chinese|PRC|People's Republic|中国|中华人民共和国|国家|中共|中央|国务院/;

function cueTexts(set: CueSet | undefined): string[] {
  if (!set) return [];
  return set.aliases.flatMap((a) => [a.text, ...(a.variants ?? [])]);
}

/** The expanded aliases of one entry or document, every form carrying the rules of its source alias. */
export function expandAliases(item: Entry | PackDocument, pack: Pick<Pack, 'synonyms' | 'cues'>): Alias[] {
  const cues = new Map((pack.cues ?? []).map((c) => [c.id, c]));
  const documentCues = cueTexts(cues.get('document'));
  const regionCues = item.region === 'prc' ? cueTexts(cues.get('region')) : [];
  const out: Alias[] = [];
  const rule = (alias: Alias): Alias => {
    let a = alias;
    if (a.form === 'nickname') a = { ...a, context: [...(a.context ?? []), ...documentCues] };
    const not = [...(a.not ?? []), ...(item.not ?? [])];
    if (regionCues.length && !NAMES_CHINA.test(a.text)) not.push(...regionCues);
    if (not.length) a = { ...a, not: [...new Set(not)] };
    return a;
  };
  for (const alias of item.aliases) {
    const texts = alias.lang === 'en' ? expandTemplate(alias.text, pack.synonyms) : [alias.text];
    for (const text of texts) {
      out.push(rule({ ...alias, text }));
      if (alias.swap)
        for (const s of swappedForms(text)) out.push(rule({ ...alias, text: s, variants: undefined }));
    }
  }
  // The Chinese name is an alias too, with the rules of an alias of the same text if there is one.
  if (item.zh?.hans) {
    const same = item.aliases.find((a) => a.text === item.zh!.hans);
    const variants = [item.zh.hant, ...(item.zh.hantVariants ?? [])].filter((v) => v && v !== item.zh!.hans);
    out.push(rule({ ...(same ?? {}), text: item.zh.hans, lang: 'zh', variants }));
  }
  if ('date' in item && item.dateForms) {
    const written = new Set(item.aliases.map((a) => a.text.toLowerCase()));
    for (const a of dateForms(item.date, item.dateForms))
      if (!written.has(a.text.toLowerCase())) out.push(rule(a));
  }
  return out;
}
