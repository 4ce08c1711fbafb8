/**
 * `npm run lookup -- QUERY [--json] [--limit N]`: finds entries and documents of the pack in English,
 * simplified or traditional Chinese, or pinyin with or without tones, using the side panel's search.
 * With --json it prints the array DESIGN.md describes.
 */
import { loadPack } from '../data/index';
import { formatLookup, lookup } from '../lib/search/lookup';
import { createSearch } from '../lib/search/search';

/** Parses the command line into a query and options; throws with a usage message if there is none. */
export function parseArgs(argv: string[]): { query: string; json: boolean; limit: number } {
  const words: string[] = [];
  let json = false;
  let limit = 5;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--limit') limit = Math.max(1, Number(argv[++i]) || 5);
    else words.push(arg);
  }
  const query = words.join(' ').trim();
  if (!query) throw new Error('usage: npm run lookup -- QUERY [--json] [--limit N]');
  return { query, json, limit };
}

/** Runs the command and returns what it prints. */
export function run(argv: string[]): string {
  const { query, json, limit } = parseArgs(argv);
  const pack = loadPack();
  const results = lookup(pack, createSearch(pack), query, limit);
  return json ? `${JSON.stringify(results, null, 2)}\n` : formatLookup(results, query);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    process.stdout.write(run(process.argv.slice(2)));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
