/**
 * Whole-pack validation: the valibot schema first, then the rules that need the whole pack — every
 * reference resolves, ids are unique, an alias belongs to one entry unless marked shared, and (when the
 * brief's source text is given) every paragraph is verbatim in it. The first failure wins, reported with
 * the path of the offending field, so a broken `data/` file points straight at its line.
 */
import * as v from 'valibot';
import { PackSchema } from './schema';
import type { Alias, Pack } from './types';
import { MAX_TEMPLATE_EXPANSION, templateSlots } from './expand';

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; path: string; message: string };

export interface ValidateOptions {
  /** The brief's extracted text; when given, paragraphs and section titles must be verbatim in it. */
  sourceText?: string;
}

interface Failure {
  path: string;
  message: string;
}

/** Validates an unknown value as a pack, refusing with the first bad field and its path. */
export function validatePack(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = v.safeParse(PackSchema, input, { abortEarly: true });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issuePath(issue);
    return { ok: false, path, message: issueMessage(issue, path) };
  }
  const pack: Pack = parsed.output;
  const failure =
    checkStructure(pack) ??
    checkReferences(pack) ??
    checkAliases(pack) ??
    checkForms(pack) ??
    checkVerbatim(pack, options.sourceText);
  return failure ? { ok: false, ...failure } : { ok: true, pack };
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path || '(root)';
}

// valibot's wording for missing and unknown keys of strict objects is generic; say what it means here.
function issueMessage(issue: v.BaseIssue<unknown>, path: string): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object') {
    if (issue.input === undefined) return path === 'version' ? 'the pack must have a version' : 'is required';
    return 'unknown field';
  }
  return issue.message;
}

/** Returns the path of the first duplicate among the given keys, if any. */
function firstDuplicate(keys: (string | number)[], at: (i: number) => string): Failure | undefined {
  const seen = new Set<string | number>();
  for (const [i, key] of keys.entries()) {
    if (seen.has(key)) return { path: at(i), message: `duplicate id '${key}'` };
    seen.add(key);
  }
  return undefined;
}

function checkStructure(pack: Pack): Failure | undefined {
  const sectionIds = new Set(pack.sections.map((s) => s.id));
  const paragraphs = new Map(pack.paragraphs.map((p) => [p.id, p]));
  const endnotes = new Set(pack.endnotes.map((e) => e.n));
  const dup =
    firstDuplicate(
      pack.sections.map((s) => s.id),
      (i) => `sections[${i}].id`,
    ) ??
    firstDuplicate(
      pack.paragraphs.map((p) => p.id),
      (i) => `paragraphs[${i}].id`,
    ) ??
    firstDuplicate(
      pack.endnotes.map((e) => e.n),
      (i) => `endnotes[${i}].n`,
    ) ??
    firstDuplicate(
      [...pack.entries, ...pack.documents].map((e) => e.id),
      (i) => (i < pack.entries.length ? `entries[${i}].id` : `documents[${i - pack.entries.length}].id`),
    );
  if (dup) return dup;
  for (const [si, section] of pack.sections.entries()) {
    for (const [pi, pid] of section.paragraphIds.entries()) {
      const para = paragraphs.get(pid);
      if (!para)
        return { path: `sections[${si}].paragraphIds[${pi}]`, message: `unknown paragraph id '${pid}'` };
      if (para.sectionId !== section.id) {
        return {
          path: `sections[${si}].paragraphIds[${pi}]`,
          message: `paragraph '${pid}' belongs to '${para.sectionId}'`,
        };
      }
    }
  }
  for (const [i, p] of pack.paragraphs.entries()) {
    if (!sectionIds.has(p.sectionId))
      return { path: `paragraphs[${i}].sectionId`, message: `unknown section id '${p.sectionId}'` };
    const bad = p.endnotes.findIndex((n) => !endnotes.has(n));
    if (bad >= 0)
      return { path: `paragraphs[${i}].endnotes[${bad}]`, message: `unknown endnote ${p.endnotes[bad]}` };
  }
  return undefined;
}

function checkReferences(pack: Pack): Failure | undefined {
  const paragraphIds = new Set(pack.paragraphs.map((p) => p.id));
  const endnotes = new Set(pack.endnotes.map((e) => e.n));
  const ids = new Set([...pack.entries, ...pack.documents].map((e) => e.id));
  const groups = [
    ['entries', pack.entries],
    ['documents', pack.documents],
  ] as const;
  for (const [name, items] of groups) {
    for (const [i, item] of items.entries()) {
      const at = `${name}[${i}]`;
      const p = item.paragraphs.findIndex((id) => !paragraphIds.has(id));
      if (p >= 0)
        return { path: `${at}.paragraphs[${p}]`, message: `unknown paragraph id '${item.paragraphs[p]}'` };
      const n = item.endnotes.findIndex((x) => !endnotes.has(x));
      if (n >= 0) return { path: `${at}.endnotes[${n}]`, message: `unknown endnote ${item.endnotes[n]}` };
      const r = item.related.findIndex((id) => !ids.has(id) || id === item.id);
      if (r >= 0) {
        const id = item.related[r];
        return {
          path: `${at}.related[${r}]`,
          message: id === item.id ? 'an entry cannot relate to itself' : `unknown id '${id}'`,
        };
      }
    }
  }
  return undefined;
}

/**
 * The key under which two aliases count as the same: zh and case-sensitive aliases as written, others
 * case- and space-folded ('BeiDou' matched exactly and 'Beidou' in context are two different aliases).
 */
export function aliasKey(alias: Pick<Alias, 'text' | 'lang' | 'caseSensitive'>): string {
  const text = alias.text.normalize('NFC').replace(/\s+/g, ' ');
  if (alias.lang === 'zh') return `zh:${text}`;
  return alias.caseSensitive ? `${alias.lang}:cs:${text}` : `${alias.lang}:${text.toLowerCase()}`;
}

function checkAliases(pack: Pack): Failure | undefined {
  const owners = new Map<string, { id: string; shared: boolean }>();
  const all = [
    ...pack.entries.map((e, i) => ({ item: e, at: `entries[${i}]` })),
    ...pack.documents.map((d, i) => ({ item: d, at: `documents[${i}]` })),
  ];
  for (const { item, at } of all) {
    for (const [ai, alias] of item.aliases.entries()) {
      const key = aliasKey(alias);
      const owner = owners.get(key);
      const path = `${at}.aliases[${ai}]`;
      if (owner?.id === item.id) return { path, message: `alias '${alias.text}' is listed twice` };
      if (owner && !(owner.shared && alias.shared)) {
        return { path, message: `alias '${alias.text}' already belongs to '${owner.id}' (mark both shared)` };
      }
      owners.set(key, { id: item.id, shared: !!alias.shared });
    }
  }
  return undefined;
}

/**
 * Generated forms: every template slot names a synonym set and a template stays under the expansion cap;
 * only English aliases are templates; date forms need a full date.
 */
function checkForms(pack: Pack): Failure | undefined {
  const synonyms = pack.synonyms ?? {};
  const all = [
    ...pack.entries.map((e, i) => ({ item: e, at: `entries[${i}]` })),
    ...pack.documents.map((d, i) => ({ item: d, at: `documents[${i}]` })),
  ];
  for (const { item, at } of all) {
    for (const [ai, alias] of item.aliases.entries()) {
      const slots = templateSlots(alias.text);
      if (slots.length === 0) continue;
      const path = `${at}.aliases[${ai}].text`;
      if (alias.lang !== 'en') return { path, message: 'only English aliases are templates' };
      const unknown = slots.find((slot) => !synonyms[slot]);
      if (unknown) return { path, message: `unknown synonym set '{${unknown}}'` };
      const count = slots.reduce((n, slot) => n * synonyms[slot]!.length, 1) * (alias.swap ? 6 : 1);
      if (count > MAX_TEMPLATE_EXPANSION)
        return { path, message: `expands to ${count} aliases (at most ${MAX_TEMPLATE_EXPANSION})` };
    }
    if ('dateForms' in item && item.dateForms && !/^\d{4}-\d{2}-\d{2}$/.test(item.date))
      return { path: `${at}.dateForms`, message: 'date forms need a full date (YYYY-MM-DD)' };
  }
  return undefined;
}

/** Folds the brief's source text the way paragraphs are stored: endnote markers out, whitespace collapsed. */
export function foldSourceText(text: string): string {
  return text.replace(/\^\{[\d,\s]+\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '').replace(/\s+/g, ' ');
}

function checkVerbatim(pack: Pack, sourceText: string | undefined): Failure | undefined {
  if (sourceText === undefined) return undefined;
  const source = foldSourceText(sourceText);
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const [i, s] of pack.sections.entries()) {
    if (!source.includes(fold(s.title)))
      return { path: `sections[${i}].title`, message: 'not verbatim in the brief' };
  }
  for (const [i, p] of pack.paragraphs.entries()) {
    if (!source.includes(fold(p.text)))
      return { path: `paragraphs[${i}].text`, message: 'not verbatim in the brief' };
  }
  return undefined;
}
