/**
 * `npm run eval`: recall, precision and look-alike hits of the detector on our own evaluation set
 * (test/eval, format in test/eval/README.md), per language, genre and class. It scans every page through
 * `createScanner` of scan.ts, the code path of `npm run scan`, and ends with the DESIGN.md line
 * `eval: recall=R precision=P lookalikes=N pages=K`. A measurement, not a gate: it exits 0 whatever the
 * figures; broken labels are reported on stderr and left out.
 *
 *   npm run eval                         the tables and the summary line
 *   npm run -s eval -- --json            the same as JSON
 *   npm run -s eval -- --page NAME       only pages whose name contains NAME, with every miss listed
 *   npm run -s eval -- --misses          every page's misses, wrong mentions and look-alike hits
 *   npm run -s eval -- --dir PATH        another set in the same format (pages/ and negative/ under PATH)
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createScanner, packForScan } from './scan';
import { listPages, pageMeta, placeLabels, readPage, type Label } from './eval/labels';
import { scorePage, type PageScore } from './eval/score';
import { jsonReport, textReport } from './eval/report';
import type { Pack } from '../lib/pack/types';

export const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'eval');

interface Options {
  json: boolean;
  page: string | null;
  misses: boolean;
  dir: string;
}

function parseArgs(args: string[]): Options | string {
  const o: Options = { json: false, page: null, misses: false, dir: DEFAULT_DIR };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--misses') o.misses = true;
    else if (a === '--page' || a === '--dir') {
      const v = args[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--page') o.page = v;
      else o.dir = resolve(v);
    } else return `unknown argument ${a}`;
  }
  return o;
}

/** Scans and scores the pages of `dir` (those whose name contains `filter`, if given). */
export function evaluate(
  pack: Pack,
  dir: string,
  filter: string | null = null,
  warn: (msg: string) => void = () => {},
): PageScore[] {
  const known = new Set([...pack.entries.map((e) => e.id), ...pack.documents.map((d) => d.id)]);
  const scan = createScanner(pack);
  const out: PageScore[] = [];
  for (const page of listPages(dir)) {
    if (filter !== null && !page.name.includes(filter)) continue;
    const { document, index, mentions } = scan(readPage(page));
    const { labels, unplaced } = placeLabels(document, index);
    for (const el of unplaced)
      warn(`${page.name}: label "${el.textContent ?? ''}" has no text the scan reads`);
    const valid = labels.filter((l: Label) => {
      const bad = l.entries.filter((e) => e !== null && !known.has(e));
      const ok =
        ['must', 'may', 'not'].includes(l.kind) &&
        (l.kind === 'not' || l.entries.length > 0) &&
        bad.length === 0;
      if (!ok)
        warn(`${page.name}: label "${l.text}" (${l.kind} ${l.entries.join(' ')}) is not valid; left out`);
      return ok;
    });
    out.push(
      scorePage(
        {
          name: page.name,
          lang: pageMeta(document, 'eval-lang') ?? '(no lang)',
          genre: pageMeta(document, 'eval-genre') ?? '(no genre)',
          negative: page.negative,
        },
        valid,
        mentions,
      ),
    );
  }
  return out;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(
      `eval: ${options}\nusage: npm run -s eval -- [--json] [--page NAME] [--misses] [--dir PATH]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const pack = await packForScan();
  const pages = evaluate(pack, options.dir, options.page, (msg) => process.stderr.write(`eval: ${msg}\n`));
  if (pages.length === 0) {
    process.stderr.write(
      `eval: no pages${options.page ? ` matching "${options.page}"` : ''} in ${options.dir}\n`,
    );
    process.exitCode = 2;
    return;
  }
  process.stdout.write(
    options.json
      ? JSON.stringify(jsonReport(pages), null, 2) + '\n'
      : textReport(pages, options.misses || options.page !== null),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
