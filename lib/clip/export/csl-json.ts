/** Clippings as CSL-JSON, the citation format Zotero, Mendeley and pandoc read. */
import type { Clipping } from '../../db/clipping';
import { dateParts, entryLabels, type ExportContext } from './context';

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title'?: string;
  URL: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  note: string;
  keyword?: string;
}

function toItem(c: Clipping, ctx: ExportContext): CslItem {
  const issued = dateParts(c.published);
  const saved = new Date(c.createdAt);
  const keywords = [...c.tags, ...entryLabels(c, ctx)];
  // CSL has no field for a quotation; reference managers keep `note` with the item, so the quote goes there.
  const note = [`“${c.quote}”`, c.note.trim()].filter(Boolean).join('\n\n');
  return {
    id: c.id,
    type: 'webpage',
    title: c.title,
    ...(c.site ? { 'container-title': c.site } : {}),
    URL: c.canonicalUrl,
    ...(c.author
      ? {
          author: c.author
            .split(/;\s*/)
            .filter(Boolean)
            .map((literal) => ({ literal })),
        }
      : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [[saved.getUTCFullYear(), saved.getUTCMonth() + 1, saved.getUTCDate()]] },
    note,
    ...(keywords.length > 0 ? { keyword: keywords.join(', ') } : {}),
  };
}

/** A CSL-JSON array with one `webpage` item per clipping. */
export function toCslJson(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  return (
    JSON.stringify(
      clippings.map((c) => toItem(c, ctx)),
      null,
      2,
    ) + '\n'
  );
}
