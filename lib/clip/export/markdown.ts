/** Clippings as Markdown: each a heading, the quote as a blockquote, its source, date, tags and entries. */
import type { Clipping } from '../../db/clipping';
import { exportText } from '../text-safety';
import { parseHttpUrl } from '../url';
import { entryLabels, isoDay, type ExportContext } from './context';

/**
 * Backslash-escapes the punctuation that Markdown reads as markup (`<` and `&` included, so page text,
 * HTML and entities in it stay literal text), and the list, heading-underline and numbered-list markers
 * a line may start with. Control characters and bidirectional overrides are dropped first.
 */
export function escapeMarkdown(s: string): string {
  return exportText(s)
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A link target safe inside `<…>`: http(s) only, with the characters that would end it encoded. */
function linkTarget(url: string): string | null {
  const parsed = parseHttpUrl(url);
  return parsed ? parsed.href.replace(/[<>\s]/g, (c) => encodeURIComponent(c)) : null;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clippingBlock(c: Clipping, ctx: ExportContext): string {
  const lines = [`## ${escapeMarkdown(oneLine(c.title)) || 'Untitled'}`, ''];
  // A quote is page text as it stands in the markup: a run of white space holding a blank line is a
  // paragraph break, any other run reads as one space (as the page shows it).
  c.quote
    .split(/\s*(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)\s*/)
    .map((paragraph) => escapeMarkdown(oneLine(paragraph)))
    .forEach((paragraph, i) => lines.push(...(i > 0 ? ['>'] : []), `> ${paragraph}`));
  lines.push('');
  const target = linkTarget(c.canonicalUrl) ?? linkTarget(c.url);
  const site = escapeMarkdown(oneLine(c.site));
  const source = target ? `[${site || escapeMarkdown(target)}](<${target}>)` : site;
  const byline = [
    c.author ? escapeMarkdown(oneLine(c.author)) : '',
    escapeMarkdown(oneLine(c.published ?? '')),
  ]
    .filter(Boolean)
    .join(', ');
  lines.push(`- Source: ${source}${byline ? ` (${byline})` : ''}`);
  lines.push(`- Saved: ${isoDay(c.createdAt)}`);
  if (c.tags.length > 0) lines.push(`- Tags: ${c.tags.map((t) => escapeMarkdown(oneLine(t))).join(', ')}`);
  const entries = entryLabels(c, ctx);
  if (entries.length > 0)
    lines.push(`- Mentions: ${entries.map((e) => escapeMarkdown(oneLine(e))).join(', ')}`);
  if (c.note.trim()) {
    lines.push(
      '',
      ...c.note
        .trim()
        .split(/\r\n|\r|\n/)
        .map((line) => escapeMarkdown(line)),
    );
  }
  return lines.join('\n');
}

/** A Markdown document holding every clipping, in the order given. */
export function toMarkdown(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  const now = ctx.now ?? new Date();
  const head = `# Brief Lens clippings\n\nExported ${now.toISOString().slice(0, 10)}: ${clippings.length} clipping${clippings.length === 1 ? '' : 's'}.`;
  return [head, ...clippings.map((c) => clippingBlock(c, ctx))].join('\n\n---\n\n') + '\n';
}
