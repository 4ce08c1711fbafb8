/**
 * `npm run bench`: the detection engine against mark.js, one RegExp alternation and a bare TreeWalker,
 * in headless Chromium, on a generated ≥2 MB article and on `../shared/corpus/real-pages` when present.
 *
 * Ratios in the last line are OUR median time divided by THEIRS (lower is better): vs_markjs=0.05 means
 * we take 1/20 of mark.js's time, i.e. 20× faster; vs_floor=1.5 means 1.5× the bare TreeWalker.
 * Pages are served on 127.0.0.1 only; any other request is aborted.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { compileTable } from '../lib/match/table';
import { createEngine } from '../lib/match/engine';
import { automatonBytes } from '../lib/match/automaton';
import type { Pack } from '../lib/pack/types';
import type { PatternTable } from '../lib/match/types';
import { generateArticle } from '../test/bench/article';
import { CHROME_ARGS, CHROME_PATH } from '../test/e2e/harness';
import { packForScan } from './scan';

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'real-pages');
/** mark.js walks the page once per alias: on the large page it marks this many and is scaled up. */
const MARK_SAMPLE_LARGE = 40;
/** The same on real pages, where 65 pages × all aliases would take most of an hour. */
const MARK_SAMPLE_REAL = 100;
const CONTENT_JS = join(process.cwd(), '.output', 'chrome-mv3', 'content-scripts', 'content.js');

interface Row {
  page: string;
  nodes: number;
  chars: number;
  ours: number;
  floor: number;
  regex: number;
  markjs: number;
  mentions: number;
  /** Building the engine from the table, once, cold (as every content script does on its page). */
  setup: number;
}

/** The surface forms the engine looks for, as mark.js and the RegExp are given them. */
function aliasList(pack: Pack): string[] {
  const out = new Set<string>();
  for (const item of [...pack.entries, ...pack.documents]) {
    for (const a of item.aliases) {
      if (a.lang === 'pinyin' && a.text.replace(/\s/g, '').length < 8) continue;
      out.add(a.text);
      for (const v of a.variants ?? []) out.add(v);
    }
  }
  return [...out].filter((a) => a.length >= 2);
}

async function bundle(): Promise<{ code: string; engineKb: number }> {
  const page = await build({
    entryPoints: ['test/bench/page-entry.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  const engine = await build({
    stdin: {
      contents:
        "export { createEngine } from './lib/match/engine'; export { buildTextIndex } from './lib/text/text-index';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'chrome120',
  });
  return { code: page.outputFiles[0]!.text, engineKb: engine.outputFiles[0]!.contents.byteLength / 1024 };
}

/**
 * Heap held by a compiled matcher for the pack and its table: the JavaScript heap that five of them
 * built between two forced collections hold, divided by five, plus the exact size of one matcher's typed arrays (their
 * memory lies outside that heap and is returned to the system lazily, so it is counted, not measured).
 */
function matcherHeapBytes(table: PatternTable): { heap: number; arrays: number } {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const json = JSON.stringify(table);
  gc();
  const before = process.memoryUsage().heapUsed;
  // Each from its own copy of the table, as each content script holds one.
  const engines = Array.from({ length: 5 }, () => createEngine(JSON.parse(json) as PatternTable));
  gc();
  const objects = (process.memoryUsage().heapUsed - before) / engines.length;
  const { matcher } = engines[0]!;
  const t = matcher.tables;
  const arrays =
    automatonBytes(matcher.automaton) +
    [t.keyRowStart, t.keyRows, t.target, t.flags, t.extra, t.isChinaCue].reduce(
      (n, a) => n + a.byteLength,
      0,
    );
  return { heap: objects + arrays, arrays };
}

function serve(pages: Map<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const body = pages.get(decodeURIComponent((req.url ?? '/').split('?')[0]!));
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    });
  });
}

async function measurePage(
  page: Page,
  url: string,
  name: string,
  code: string,
  table: PatternTable,
  aliases: string[],
  runs: number,
  sample: number,
): Promise<Row> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: code });
  type Api = Record<string, (...args: unknown[]) => { ms: number; result: number }>;
  const r = await page.evaluate(
    ({ table, aliases, runs, sample }) => {
      const api = (
        globalThis as unknown as {
          briefLensBench: Api & { stats(): { nodes: number; chars: number }; setup(t: unknown): number };
        }
      ).briefLensBench;
      const setup = api.setup(table);
      const stats = api.stats();
      const ours = api.ours!(runs);
      const floor = api.floor!(runs);
      const regex = api.regex!(runs, aliases);
      const markjs = api.markjs!(aliases, sample);
      return {
        ...stats,
        ours: ours.ms,
        mentions: ours.result,
        floor: floor.ms,
        regex: regex.ms,
        markjs: markjs.ms,
        setup,
      };
    },
    // The stored table (its compiled automaton included) as JSON: setup parses and decodes it, cold.
    { table: JSON.stringify(table), aliases, runs, sample },
  );
  return { page: name, ...r };
}

function fmt(rows: Row[]): string {
  const head = [
    'page',
    'nodes',
    'chars',
    'ours ms',
    'floor ms',
    'regex ms',
    'mark.js ms',
    'mentions',
    'ours/floor',
    'setup ms',
  ];
  const body = rows.map((r) => [
    r.page.slice(0, 34),
    String(r.nodes),
    String(r.chars),
    r.ours.toFixed(2),
    r.floor.toFixed(2),
    r.regex.toFixed(2),
    r.markjs.toFixed(1),
    String(r.mentions),
    (r.ours / Math.max(r.floor, 0.01)).toFixed(2),
    r.setup.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body]
    .map((cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '))
    .join('\n');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const geomean = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);

async function main(): Promise<void> {
  const pack = await packForScan();
  const table = compileTable(pack);
  const aliases = aliasList(pack);
  const { code, engineKb } = await bundle();
  const heap = matcherHeapBytes(table);
  const pages = new Map<string, string>([['/large.html', generateArticle(2_100_000)]]);
  // BENCH_PAGES=n limits the real pages read (for a quick run); all of them by default.
  const limit = Number(process.env.BENCH_PAGES ?? Infinity);
  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith('.html'))
        .sort()
        .slice(0, limit)
    : [];
  for (const f of corpus) pages.set(`/real/${f}`, readFileSync(join(CORPUS, f), 'utf8'));
  const { server, base } = await serve(pages);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(600_000);
    await page.route('**', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const large = await measurePage(
      page,
      `${base}/large.html`,
      'generated article',
      code,
      table,
      aliases,
      7,
      MARK_SAMPLE_LARGE,
    );
    process.stderr.write(`bench: generated article done (${fmt([large]).split('\n')[1]})\n`);
    // Where the time goes on the large page: each phase timed on its own, medians of 5.
    const phaseRuns: Record<string, number>[] = [];
    for (let i = 0; i < 5; i++) {
      phaseRuns.push(
        await page.evaluate(() =>
          (
            globalThis as unknown as { briefLensBench: { phases(): Record<string, number> } }
          ).briefLensBench.phases(),
        ),
      );
    }
    const phase = (k: string): number => median(phaseRuns.map((r) => r[k]!));
    await page.goto(`${base}/large.html`, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    const slices = await page.evaluate(async (t) => {
      const api = (
        globalThis as unknown as {
          briefLensBench: {
            setup(t: unknown): number;
            longestTask(): Promise<{ longestSlice: number; longTasks: number[]; mentions: number }>;
          };
        }
      ).briefLensBench;
      api.setup(t);
      return api.longestTask();
    }, table);
    const real: Row[] = [];
    for (const f of corpus) {
      real.push(
        await measurePage(
          page,
          `${base}/real/${encodeURIComponent(f)}`,
          f,
          code,
          table,
          aliases,
          5,
          MARK_SAMPLE_REAL,
        ),
      );
      process.stderr.write(`bench: ${f} done\n`);
    }
    process.stdout.write(`${fmt([large, ...real])}\n`);
    process.stdout.write(
      `(mark.js without acrossElements; it marks the first ${MARK_SAMPLE_LARGE} (generated article) or ${MARK_SAMPLE_REAL} (real pages) of ${aliases.length} aliases and its time is scaled to the full list; NaN = mark.js threw)\n\n`,
    );
    if (corpus.length === 0) process.stdout.write(`real pages: ${CORPUS} not found, skipped\n`);
    else {
      const r = (k: keyof Row) =>
        geomean(
          real
            .filter((x) => Number.isFinite(x[k]))
            .map((x) => Math.max(x.ours, 0.01) / Math.max(x[k] as number, 0.01)),
        );
      process.stdout.write(
        `real pages (${real.length}), geometric mean of ours/theirs: mark.js ${r('markjs').toFixed(4)}  regex ${r('regex').toFixed(2)}  floor ${r('floor').toFixed(2)}\n`,
      );
      const setups = real.map((x) => x.setup);
      process.stdout.write(
        `engine setup per page (parsing the stored table and decoding its automaton, cold): median ${median(setups).toFixed(1)} ms, max ${Math.max(...setups).toFixed(1)} ms\n`,
      );
    }
    const f = phase('floor');
    const parts = ['index', 'match', 'citations', 'visibility', 'ranges']
      .map((k) => `${k} ${phase(k).toFixed(1)} (${(phase(k) / f).toFixed(1)}× floor)`)
      .join(', ');
    process.stdout.write(`large page phases, medians of 5 (ms): floor ${f.toFixed(1)}; ${parts}\n`);
    const longest = Math.max(slices.longestSlice, ...slices.longTasks);
    process.stdout.write(
      `large page: ${large.nodes} text nodes, ${(large.chars / 1e6).toFixed(2)}M chars; async scan longest slice ${slices.longestSlice.toFixed(1)} ms, ` +
        `long tasks ${slices.longTasks.length ? slices.longTasks.map((t) => t.toFixed(0)).join(',') : 'none'}\n`,
    );
    process.stdout.write(
      `matcher heap for the pack: ${(heap.heap / 1024).toFixed(0)} KB (typed arrays ${(heap.arrays / 1024).toFixed(0)} KB), ${table.entries.length} entries\n`,
    );
    const contentKb = existsSync(CONTENT_JS) ? statSync(CONTENT_JS).size / 1024 : null;
    process.stdout.write(
      `bundle: ${contentKb !== null ? `content script ${CONTENT_JS} ${contentKb.toFixed(1)} KB` : 'no built content script'}; engine alone minified ${engineKb.toFixed(1)} KB\n`,
    );
    const ratio = (x: number) => (large.ours / x).toFixed(4);
    process.stdout.write(
      `bench: setup_ms=${(real.length ? median(real.map((x) => x.setup)) : large.setup).toFixed(1)} vs_markjs=${ratio(large.markjs)} vs_regex=${ratio(large.regex)} vs_floor=${ratio(large.floor)} longest_task_ms=${longest.toFixed(1)} bundle_kb=${(contentKb ?? engineKb).toFixed(1)}\n`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
