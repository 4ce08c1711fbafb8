/**
 * Fills the traditional-script forms into `data/`: `zh.hant` and `zh.hantVariants` of every entry and
 * document, and `variants` of every `zh` alias, all from opencc-js. Run after editing Chinese in data:
 * `npx tsx scripts/fill-traditional.ts` (add `--check` to only report what differs, exit 1 if anything).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { aliasVariants, traditionalForms } from '../lib/pack/traditional';
import type { Entry, PackDocument } from '../lib/pack/types';

const DATA = join(import.meta.dirname, '..', 'data');

/** The data files that hold entries or documents. */
export function itemFiles(): string[] {
  const entries = readdirSync(join(DATA, 'entries'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(DATA, 'entries', f));
  // cues.json holds cue word lists in the same shape (an id and aliases), so their traditional forms come too.
  return [...entries, join(DATA, 'documents.json'), join(DATA, 'cues.json')];
}

/** Returns the item with its traditional forms recomputed (a new object; the input is untouched). */
export function withTraditional<T extends Entry | PackDocument>(item: T): T {
  const out = structuredClone(item);
  if (out.zh) {
    const { hant, hantVariants } = traditionalForms(out.zh.hans);
    out.zh = {
      hans: out.zh.hans,
      hant,
      pinyin: out.zh.pinyin,
      ...(hantVariants.length ? { hantVariants } : {}),
    };
  }
  out.aliases = out.aliases.map((alias) => {
    const { variants: _old, ...rest } = alias;
    if (alias.lang !== 'zh') return rest;
    const variants = aliasVariants(alias.text);
    return variants.length ? { ...rest, variants } : rest;
  });
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const file of itemFiles()) {
    const before = readFileSync(file, 'utf8');
    const items = JSON.parse(before) as (Entry | PackDocument)[];
    // Written as Prettier would, so `npm run format:check` and this script agree on the files.
    const options = { ...(await resolveConfig(file)), parser: 'json' };
    const after = await format(JSON.stringify(items.map(withTraditional)), options);
    if (after === before) continue;
    stale++;
    if (check) console.log(`stale traditional forms: ${file}`);
    else writeFileSync(file, after);
  }
  if (check && stale) process.exit(1);
  console.log(check ? 'traditional forms are up to date' : `updated ${stale} file(s)`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
