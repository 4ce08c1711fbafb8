/**
 * The lookup answer of `npm run lookup`: the best entries and documents for a query, each with the
 * brief's passages and the endnote links, in the JSON shape DESIGN.md fixes for the command.
 */
import { entryDetails } from '../pack/details';
import type { MentionKind, Pack } from '../pack/types';
import type { PackSearch } from './search';

export interface LookupResult {
  entryId: string;
  kind: MentionKind;
  label: string;
  zh: string | null;
  aliases: string[];
  definition: string;
  passages: { paragraphId: string; section: string; text: string }[];
  links: { title: string; url: string; endnote: number }[];
}

// Hits far below the best one are noise from fuzzy and prefix matching, not answers.
const RELATIVE_CUTOFF = 0.2;

/** The best entries and documents for a query, best first (at most `limit`). */
export function lookup(pack: Pack, search: PackSearch, query: string, limit = 5): LookupResult[] {
  const { top } = search.search(query, { kinds: ['entry', 'document'] });
  const best = top[0]?.score ?? 0;
  return top
    .filter((hit) => hit.score >= best * RELATIVE_CUTOFF)
    .slice(0, limit)
    .flatMap((hit) => {
      const d = entryDetails(pack, hit.id);
      if (!d) return [];
      return [
        {
          entryId: d.entryId,
          kind: d.kind,
          label: d.label,
          zh: d.zh?.hans ?? null,
          aliases: d.aliases,
          definition: d.definition,
          passages: d.passages.map((p) => ({ paragraphId: p.paragraphId, section: p.section, text: p.text })),
          links: d.links.map((l) => ({ title: l.title, url: l.url, endnote: l.endnote })),
        },
      ];
    });
}

/** The results as a reader-friendly text block for the terminal. */
export function formatLookup(results: LookupResult[], query: string): string {
  if (results.length === 0) return `No entry matches "${query}".\n`;
  const blocks = results.map((r, i) => {
    const head = `${i + 1}. ${r.label}${r.zh ? ` (${r.zh})` : ''}  [${r.kind}: ${r.entryId}]`;
    const lines = [head, `   ${r.definition}`];
    if (r.aliases.length)
      lines.push(`   Also: ${r.aliases.slice(0, 8).join('; ')}${r.aliases.length > 8 ? '; …' : ''}`);
    for (const p of r.passages.slice(0, 2)) {
      const text = p.text.length > 240 ? `${p.text.slice(0, 239)}…` : p.text;
      lines.push(`   ${p.section} (${p.paragraphId}): ${text}`);
    }
    if (r.passages.length > 2) lines.push(`   …and ${r.passages.length - 2} more passage(s)`);
    for (const l of r.links) lines.push(`   [${l.endnote}] ${l.title} <${l.url}>`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
