/**
 * The readable and the JSON forms of an evaluation run: tables per language, genre and class, the negative
 * pages, per-page details (missed spans, wrong mentions, look-alike hits), and the summary line.
 */
import {
  emptyTally,
  addPage,
  mentionClass,
  per100Of,
  precisionOf,
  recallOf,
  tallyBy,
  tallyByClass,
  type PageScore,
  type Tally,
} from './score';
import { LANGS, MUST_CLASSES, NOT_CLASSES } from './labels';

const f3 = (x: number): string => x.toFixed(3);
const f1 = (x: number): string => x.toFixed(1);

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** A plain-text table, first column left-aligned, the others right-aligned. */
export function textTable(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]): string =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return i === 0 ? c + pad : pad + c;
      })
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function groupRows(groups: Map<string, Tally>, order: readonly string[]): string[][] {
  const keys = [
    ...order.filter((k) => groups.has(k)),
    ...[...groups.keys()].filter((k) => !order.includes(k)),
  ];
  return keys.map((k) => {
    const t = groups.get(k)!;
    return [
      k,
      String(t.pages),
      `${t.found}/${t.must}`,
      f3(recallOf(t)),
      `${t.right}/${t.right + t.wrong}`,
      f3(precisionOf(t)),
      `${t.hits}/${t.nearMisses}`,
      f1(per100Of(t)),
      String(t.negativeMentions),
    ];
  });
}

const GROUP_HEAD = ['', 'pages', 'found', 'recall', 'right', 'precision', 'lookalikes', 'per100', 'negative'];

export interface Summary {
  recall: number;
  precision: number;
  lookalikes: number;
  nearMisses: number;
  per100: number;
  negativeMentions: number;
  pages: number;
  must: number;
  found: number;
  right: number;
  wrong: number;
}

export function summarise(pages: PageScore[]): Summary {
  const t = emptyTally();
  for (const p of pages) addPage(t, p);
  return {
    recall: recallOf(t),
    precision: precisionOf(t),
    lookalikes: t.hits,
    nearMisses: t.nearMisses,
    per100: per100Of(t),
    negativeMentions: t.negativeMentions,
    pages: t.pages,
    must: t.must,
    found: t.found,
    right: t.right,
    wrong: t.wrong,
  };
}

/** The last line of `npm run eval`, as DESIGN.md fixes it. */
export const summaryLine = (s: Summary): string =>
  `eval: recall=${f3(s.recall)} precision=${f3(s.precision)} lookalikes=${s.lookalikes} pages=${s.pages}`;

const entriesText = (entries: (string | null)[]): string => entries.map((e) => e ?? 'null').join('|');

/** Misses, wrong mentions and look-alike hits of one page, for the detector's engineer. */
export function pageDetails(p: PageScore): string {
  const t = emptyTally();
  addPage(t, p);
  const lines = [
    `${p.name} (${p.lang}, ${p.genre}${p.negative ? ', negative' : ''}): found ${t.found}/${t.must}, ` +
      `right ${t.right}/${t.right + t.wrong}, look-alikes ${t.hits}/${t.nearMisses}`,
  ];
  const on = (l: { start: number; end: number }) =>
    p.mentions.filter((m) => m.start < l.end && l.start < m.end);
  p.labels.forEach((l, i) => {
    if (l.kind === 'must' && !p.marked[i]) {
      const other = on(l).map((m) => `${m.entryId ?? 'null'} "${m.text}"`);
      lines.push(
        `  missed  ${l.cls.padEnd(16)} ${entriesText(l.entries)}  "${l.text}"` +
          (other.length ? `  (marked as ${other.join(', ')})` : ''),
      );
    }
  });
  p.mentions.forEach((m, i) => {
    if (p.verdicts[i] !== 'wrong') return;
    const cls = mentionClass(p, m);
    lines.push(`  wrong   ${cls.padEnd(16)} ${m.entryId ?? 'null'}  "${m.text}"`);
  });
  p.labels.forEach((l, i) => {
    if (l.kind === 'not' && p.marked[i]) {
      const by = on(l).map((m) => `${m.entryId ?? 'null'} "${m.text}"`);
      lines.push(`  hit     ${l.cls.padEnd(16)} "${l.text}"  by ${by.join(', ')}`);
    }
  });
  if (lines.length === 1) lines.push('  nothing missed, nothing wrong');
  return lines.join('\n') + '\n';
}

/** The readable report; its last line is the summary line. */
export function textReport(pages: PageScore[], details: boolean): string {
  const labelled = pages.filter((p) => !p.negative);
  const negative = pages.filter((p) => p.negative);
  const out: string[] = [];
  out.push(
    'By language\n' +
      textTable(
        GROUP_HEAD,
        groupRows(
          tallyBy(pages, (p) => (p.negative ? `${p.lang} (negative)` : p.lang)),
          LANGS,
        ),
      ),
  );
  out.push(
    'By genre\n' +
      textTable(
        GROUP_HEAD,
        groupRows(
          tallyBy(pages, (p) => p.genre),
          [],
        ),
      ),
  );
  const byClass = tallyByClass(pages);
  const mustRows = [
    ...MUST_CLASSES,
    ...[...byClass.keys()].filter(
      (k) => !k.startsWith('lookalike-') && !(MUST_CLASSES as readonly string[]).includes(k),
    ),
  ]
    .filter((k) => byClass.has(k))
    .map((k) => {
      const t = byClass.get(k)!;
      return [
        k,
        `${t.found}/${t.must}`,
        f3(recallOf(t)),
        `${t.right}/${t.right + t.wrong}`,
        f3(precisionOf(t)),
      ];
    });
  out.push(
    'By class: spans to find (wrong = mentions on them with another entry, or on no label)\n' +
      textTable(['', 'found', 'recall', 'right', 'precision'], mustRows),
  );
  const notRows = NOT_CLASSES.filter((k) => byClass.has(k)).map((k) => {
    const t = byClass.get(k)!;
    return [k, `${t.hits}/${t.nearMisses}`, f1(per100Of(t))];
  });
  out.push('By class: near misses\n' + textTable(['', 'hit', 'per100'], notRows));
  out.push(
    'Negative pages\n' +
      textTable(
        ['', 'lang', 'genre', 'mentions'],
        negative.map((p) => [p.name, p.lang, p.genre, String(p.mentions.length)]),
      ),
  );
  if (details) out.push('Details\n' + pages.map(pageDetails).join(''));
  const s = summarise(pages);
  out.push(
    `${labelled.length} labelled pages, ${negative.length} negative pages; ${s.must} spans to find, ` +
      `${s.nearMisses} near misses; ${s.right + s.wrong} mentions counted (${s.wrong} wrong), ` +
      `${f1(s.per100)} look-alike hits per 100 near misses, ${s.negativeMentions} mentions on negative pages\n`,
  );
  out.push(summaryLine(s) + '\n');
  return out.join('\n');
}

const tallyJson = (t: Tally) => ({
  ...t,
  recall: recallOf(t),
  precision: precisionOf(t),
  per100: per100Of(t),
});

/** The `--json` form. */
export function jsonReport(pages: PageScore[]): unknown {
  const obj = (m: Map<string, Tally>) => Object.fromEntries([...m].map(([k, t]) => [k, tallyJson(t)]));
  return {
    summary: summarise(pages),
    byLang: obj(tallyBy(pages, (p) => (p.negative ? `${p.lang} (negative)` : p.lang))),
    byGenre: obj(tallyBy(pages, (p) => p.genre)),
    byClass: obj(tallyByClass(pages)),
    pages: pages.map((p) => {
      const t = emptyTally();
      addPage(t, p);
      const span = (i: number) => {
        const l = p.labels[i]!;
        return { class: l.cls, entries: l.entries, text: l.text, start: l.start, end: l.end };
      };
      return {
        name: p.name,
        lang: p.lang,
        genre: p.genre,
        negative: p.negative,
        ...tallyJson(t),
        missed: p.labels.flatMap((l, i) => (l.kind === 'must' && !p.marked[i] ? [span(i)] : [])),
        lookalikeHits: p.labels.flatMap((l, i) => (l.kind === 'not' && p.marked[i] ? [span(i)] : [])),
        wrongMentions: p.mentions.flatMap((m, i) =>
          p.verdicts[i] === 'wrong' ? [{ entryId: m.entryId, text: m.text, class: mentionClass(p, m) }] : [],
        ),
      };
    }),
  };
}
