/**
 * `npm run -s scan -- FILE.html [--json]`: the mentions the content script would find in a saved page.
 * Parses the HTML as a browser does (parse5 implements the WHATWG parsing algorithm, so a page without
 * `<html>`, `<head>` or `<body>` gets them as in a browser), hands the result to linkedom for a DOM, and
 * runs the same text index and engine as the content script; `--json` prints the DESIGN.md array
 * `{entryId, kind, label, zh, text}` in page order, otherwise a readable table. `npm run eval` scans its
 * pages through `createScanner` below, so both commands share one code path.
 * Uses the real pack (`data/index.ts`) when it exists, else the engine's test pack (with a warning).
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { compileTable } from '../lib/match/table';
import { createEngine, type ScanResult } from '../lib/match/engine';
import { testPack } from '../lib/match/test-pack';
import type { Pack } from '../lib/pack/types';
import type { Mention } from '../lib/match/types';

/** The real pack if the data module is present, else the test pack. */
export async function packForScan(): Promise<Pack> {
  const dataIndex = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'index.ts');
  if (existsSync(dataIndex)) {
    const mod = (await import(pathToFileURL(dataIndex).href)) as { loadPack?: () => Pack | Promise<Pack> };
    if (typeof mod.loadPack === 'function') return await mod.loadPack();
  }
  process.stderr.write('scan: data/index.ts has no loadPack(); using the engine test pack\n');
  return testPack();
}

/**
 * The DOM a browser would build from `html`. linkedom alone reads a page without an `<html>` element as a
 * bare fragment (no body, so nothing to scan); parse5 applies the browser's rules (implied html, head and
 * body, misnested and unclosed tags, foster parenting), and its serialisation of that tree is a complete
 * document that linkedom reads as it stands.
 */
export function parseDocument(html: string): Document {
  return parseHTML(serialize(parse(html))).document;
}

/** A scan of a parsed page: the engine's result and the document it indexed. */
export interface PageScan extends ScanResult {
  document: Document;
}

/** Compiles the pack once and returns a function that scans HTML source with it. */
export function createScanner(pack: Pack): (html: string) => PageScan {
  const engine = createEngine(compileTable(pack));
  return (html) => {
    const document = parseDocument(html);
    return { document, ...engine.scanRoot(document.body ?? document.documentElement ?? document) };
  };
}

/** Scans HTML source and returns the mentions, in page order. */
export function scanHtml(html: string, pack: Pack): Mention[] {
  return createScanner(pack)(html).mentions;
}

/** The DESIGN.md record of a mention. */
export function toRecord(m: Mention): {
  entryId: string | null;
  kind: string;
  label: string;
  zh: string | null;
  text: string;
} {
  return { entryId: m.entryId, kind: m.kind, label: m.label, zh: m.zh ?? null, text: m.text };
}

function table(mentions: Mention[]): string {
  if (mentions.length === 0) return 'no mentions\n';
  const rows = mentions.map((m) => [
    m.kind,
    m.entryId ?? '(unknown)',
    m.text,
    m.label,
    m.endnote ? `note ${m.endnote}` : '',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.min(48, Math.max(...rows.map((r) => [...r[i]!].length))));
  const pad = (s: string, w: number): string =>
    s.length > w ? s.slice(0, w - 1) + '…' : s + ' '.repeat(w - [...s].length);
  const lines = rows.map((r) =>
    r
      .map((c, i) => (i < 4 ? pad(c, widths[i]!) : c))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n${mentions.length} mentions\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run -s scan -- FILE.html [--json]\n');
    process.exitCode = 2;
    return;
  }
  const mentions = scanHtml(readFileSync(file, 'utf8'), await packForScan());
  process.stdout.write(json ? JSON.stringify(mentions.map(toRecord), null, 2) + '\n' : table(mentions));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`scan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
