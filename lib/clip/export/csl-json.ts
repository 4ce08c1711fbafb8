/** Clippings as CSL-JSON, the citation format Zotero, Mendeley and pandoc read. */
import type { Clipping } from '../../db/clipping';
import { exportText } from '../text-safety';
import { dateParts, entryLabels, type ExportContext } from './context';

/** U+2060 WORD JOINER: invisible, not white space (no `trim()` removes it), and no field name holds it. */
const JOINER = '\u2060';

/**
 * Citation processors read `note` as extra data: citeproc-js takes lines of the form `variable: value`
 * (and `{:variable: value}` anywhere), Zotero does the same with its Extra field, so a reader's note
 * reading `type: book` or a quoted `DOI: 10.…` would change the citation. A word joiner before the
 * colon of any line that starts like a field name, and inside every `{:`, leaves the text as it reads
 * while no line matches a field any more.
 */
export function neutraliseNote(note: string): string {
  return note
    .split('\n')
    .map((line) => line.replace(/^(\s*[\p{L}\p{N}_-][\p{L}\p{N}_ -]{0,60}?)(\s*):/u, `$1$2${JOINER}:`))
    .join('\n')
    .replace(/\{:/g, `{${JOINER}:`);
}

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
  const note = neutraliseNote(
    exportText([`“${c.quote}”`, c.note.trim()].filter(Boolean).join('\n\n')).replace(/\r\n?/g, '\n'),
  );
  return {
    id: c.id,
    type: 'webpage',
    title: exportText(c.title),
    ...(c.site ? { 'container-title': exportText(c.site) } : {}),
    URL: c.canonicalUrl,
    ...(c.author
      ? {
          author: c.author
            .split(/;\s*/)
            .filter(Boolean)
            .map((literal) => ({ literal: exportText(literal) })),
        }
      : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [[saved.getUTCFullYear(), saved.getUTCMonth() + 1, saved.getUTCDate()]] },
    note,
    ...(keywords.length > 0 ? { keyword: exportText(keywords.join(', ')) } : {}),
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
