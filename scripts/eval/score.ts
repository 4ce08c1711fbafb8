/**
 * Scoring one page's mentions against its labels, and adding pages up into the figures `npm run eval`
 * prints (test/eval/README.md, "Figures"). Pure functions over plain data.
 */
import type { Label } from './labels';

/** What the scorer needs of a mention (the engine's Mention has more). */
export interface ScoredMention {
  entryId: string | null;
  text: string;
  start: number;
  end: number;
}

export type Verdict = 'right' | 'neutral' | 'wrong';

export interface PageScore {
  name: string;
  lang: string;
  genre: string;
  negative: boolean;
  labels: Label[];
  mentions: ScoredMention[];
  /** Per mention, in order. */
  verdicts: Verdict[];
  /** Per label, in order: for `must`, found; for `not`, hit; for `may`, whether a matching mention is there. */
  marked: boolean[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const accepts = (label: Label, m: ScoredMention): boolean => label.entries.includes(m.entryId);

/** Scores one page. */
export function scorePage(
  page: { name: string; lang: string; genre: string; negative: boolean },
  labels: Label[],
  mentions: ScoredMention[],
): PageScore {
  const marked = labels.map(() => false);
  const verdicts = mentions.map((m): Verdict => {
    let verdict: Verdict = 'wrong';
    labels.forEach((label, i) => {
      if (!overlaps(label, m)) return;
      if (label.kind === 'not') {
        marked[i] = true;
        return;
      }
      if (!accepts(label, m)) return;
      marked[i] = true;
      if (label.kind === 'must') verdict = 'right';
      else if (verdict === 'wrong') verdict = 'neutral';
    });
    return verdict;
  });
  return { ...page, labels, mentions, verdicts, marked };
}

/** One row of a table: counts, and the ratios drawn from them. */
export interface Tally {
  pages: number;
  must: number;
  found: number;
  mentions: number;
  right: number;
  wrong: number;
  nearMisses: number;
  hits: number;
  negativeMentions: number;
}

export const emptyTally = (): Tally => ({
  pages: 0,
  must: 0,
  found: 0,
  mentions: 0,
  right: 0,
  wrong: 0,
  nearMisses: 0,
  hits: 0,
  negativeMentions: 0,
});

/** Recall; 1 where there is nothing to find. */
export const recallOf = (t: Tally): number => (t.must === 0 ? 1 : t.found / t.must);
/** Precision over right and wrong mentions; 1 where nothing was marked. */
export const precisionOf = (t: Tally): number =>
  t.right + t.wrong === 0 ? 1 : t.right / (t.right + t.wrong);
/** Look-alike hits per 100 near misses. */
export const per100Of = (t: Tally): number => (t.nearMisses === 0 ? 0 : (100 * t.hits) / t.nearMisses);

/** Adds a page to a tally. */
export function addPage(t: Tally, p: PageScore): void {
  t.pages++;
  p.labels.forEach((label, i) => {
    if (label.kind === 'must') {
      t.must++;
      if (p.marked[i]) t.found++;
    } else if (label.kind === 'not') {
      t.nearMisses++;
      if (p.marked[i]) t.hits++;
    }
  });
  for (const v of p.verdicts) {
    if (v === 'neutral') continue;
    t.mentions++;
    if (v === 'right') t.right++;
    else t.wrong++;
  }
  if (p.negative) t.negativeMentions += p.mentions.length;
}

/** The class a mention counts under: that of the label it falls on (a must span first), else "(unlabelled)". */
export function mentionClass(p: PageScore, m: ScoredMention): string {
  const on = p.labels.filter((l) => overlaps(l, m));
  return (
    (on.find((l) => l.kind === 'must') ?? on.find((l) => l.kind !== 'may') ?? on[0])?.cls ?? '(unlabelled)'
  );
}

/** Tallies per class: labels by their class, mentions by `mentionClass`. */
export function tallyByClass(pages: PageScore[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const get = (cls: string): Tally => {
    let t = out.get(cls);
    if (!t) out.set(cls, (t = emptyTally()));
    return t;
  };
  for (const p of pages) {
    p.labels.forEach((label, i) => {
      const t = get(label.cls);
      if (label.kind === 'must') {
        t.must++;
        if (p.marked[i]) t.found++;
      } else if (label.kind === 'not') {
        t.nearMisses++;
        if (p.marked[i]) t.hits++;
      }
    });
    p.mentions.forEach((m, i) => {
      const v = p.verdicts[i];
      if (v === 'neutral') return;
      const t = get(mentionClass(p, m));
      t.mentions++;
      if (v === 'right') t.right++;
      else t.wrong++;
      if (p.negative) t.negativeMentions++;
    });
  }
  return out;
}

/** Tallies of pages grouped by a key (language, genre). */
export function tallyBy(pages: PageScore[], key: (p: PageScore) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const p of pages) {
    const k = key(p);
    let t = out.get(k);
    if (!t) out.set(k, (t = emptyTally()));
    addPage(t, p);
  }
  return out;
}
