/** Clippings as CSV (RFC 4180), safe to open in a spreadsheet. */
import type { Clipping } from '../../db/clipping';
import { entryLabels, isoTime, type ExportContext } from './context';

const COLUMNS = [
  'id',
  'saved',
  'quote',
  'note',
  'tags',
  'entries',
  'title',
  'site',
  'author',
  'published',
  'url',
] as const;

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return before one) gets a leading apostrophe; cells holding a comma, quote or line break
 * are quoted with inner quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(c: Clipping, ctx: ExportContext): string[] {
  return [
    c.id,
    isoTime(c.createdAt),
    c.quote,
    c.note,
    c.tags.join('; '),
    entryLabels(c, ctx).join('; '),
    c.title,
    c.site,
    c.author ?? '',
    c.published ?? '',
    c.canonicalUrl,
  ];
}

/** A CSV file with a header row and one row per clipping, lines ending in CRLF. */
export function toCsv(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  const lines = [[...COLUMNS], ...clippings.map((c) => row(c, ctx))];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
