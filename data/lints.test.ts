/**
 * Lints over the pack that fail the build: the rules that keep detection general rather than tuned to
 * examples. Each names the offending entry and alias; a deliberate exception is an entry's `waive`.
 */
import { describe, expect, it } from 'vitest';
import { expandAliases } from '../lib/pack/expand';
import { CHINA_CUES, compileTable } from '../lib/match/table';
import { asCompiledPatterns, FLAG_CONTEXT } from '../lib/match/patterns';
import { normaliseKey } from '../lib/text/normalise';
import type { Alias, Entry, PackDocument } from '../lib/pack/types';
import { aliasKey } from '../lib/pack/validate';
import { loadPack } from './index';

const pack = loadPack();
const items: (Entry | PackDocument)[] = [...pack.entries, ...pack.documents];
const waived = (item: Entry | PackDocument, w: string) => (item.waive ?? []).includes(w as never);
const key = (text: string) => normaliseKey(text).replace(/[-\s]+/g, ' ');
const forms = (item: Entry | PackDocument): Alias[] => expandAliases(item, pack);

/** Head nouns that add nothing by themselves: 'X system' is written 'X' in headlines and tags. */
const GENERIC_HEADS =
  /\s(system|systems|strategy|approach|problem|technologies|industries|plan|policy|programme|program|projects|initiative|mechanism|model|concept)$/i;

describe('pack lints', () => {
  it("every entry's label without its generic head is an alias (or the entry waives 'bare-head')", () => {
    const bad: string[] = [];
    for (const item of pack.entries) {
      const m = GENERIC_HEADS.exec(item.label);
      if (!m || waived(item, 'bare-head')) continue;
      const bare = key(item.label.slice(0, m.index));
      if (!forms(item).some((a) => key(a.text) === bare)) bad.push(`${item.id}: '${bare}'`);
    }
    expect(bad).toEqual([]);
  });

  it('Chinese aliases of three characters or fewer have context, exclusions, a boundary rule or are local', () => {
    const bad: string[] = [];
    for (const item of items) {
      for (const a of forms(item)) {
        if (a.lang !== 'zh' || [...a.text].length > 3 || waived(item, 'short-zh')) continue;
        if (a.context || a.boundary || a.local || item.exclusions?.length) continue;
        bad.push(`${item.id}: ${a.text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a document alias is its title, a known short title, or a cued nickname, not a short fragment of the title', () => {
    const bad: string[] = [];
    for (const doc of pack.documents) {
      if (waived(doc, 'fragment')) continue;
      const titles = [doc.label, doc.zh?.hans ?? ''].map(key).filter(Boolean);
      for (const a of doc.aliases) {
        if (a.form || a.context || a.local) continue;
        const k = key(a.text);
        const fragmentOf = titles.find((t) => t !== k && t.includes(k) && k.length < 0.6 * t.length);
        if (fragmentOf) bad.push(`${doc.id}: '${a.text}'`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no alias is its own cue (nor contains one), and China cues go with `where`', () => {
    const bad: string[] = [];
    const china = new Set(CHINA_CUES.map(key));
    for (const item of items) {
      const own = new Set(forms(item).map((a) => key(a.text)));
      for (const a of forms(item)) {
        for (const cue of a.context ?? []) {
          const c = key(cue);
          if (own.has(c) || key(a.text).includes(c)) bad.push(`${item.id}: '${a.text}' cued by '${cue}'`);
          if (china.has(c) && !a.where)
            bad.push(`${item.id}: '${a.text}' has China cue '${cue}' without where`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("no alias form escapes its entry's context: a form gated anywhere is gated everywhere, in the table too", () => {
    const bad: string[] = [];
    for (const item of items) {
      const all = forms(item);
      // Case-sensitive forms are their own aliases ('BeiDou' exact, 'Beidou' in context).
      const gated = new Set(all.filter((a) => a.context || a.local).map((a) => aliasKey(a)));
      for (const a of all)
        if (!a.context && !a.local && gated.has(aliasKey(a))) bad.push(`${item.id}: ${a.text}`);
    }
    // Every row compiled from a gated form carries the context flag (traditional forms included).
    const table = compileTable(pack);
    const p = asCompiledPatterns(table.patterns);
    const rowsOf = new Map<string, number[]>();
    for (const [k, target, flags] of p.rows)
      if (target >= 0) rowsOf.set(`${target} ${k}`, [...(rowsOf.get(`${target} ${k}`) ?? []), flags]);
    items.forEach((item, target) => {
      for (const a of forms(item)) {
        if (!(a.context || a.local) || a.lang !== 'zh') continue;
        for (const text of [a.text, ...(a.variants ?? [])]) {
          const flags = rowsOf.get(`${target} ${normaliseKey(text)}`) ?? [];
          if (flags.some((f) => (f & FLAG_CONTEXT) === 0)) bad.push(`${item.id}: row ${text}`);
        }
      }
    });
    expect(bad).toEqual([]);
  });
});
