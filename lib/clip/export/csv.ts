/** Clippings as CSV (RFC 4180), safe to open in a spreadsheet. */
import type { Clipping } from '../../db/clipping';
import { exportText } from '../text-safety';
import { entryLabels, isoTime, type ExportContext } from './context';

/** The UTF-8 byte-order mark: without it Excel on Windows reads the file in the local code page. */
export const BOM = '\uFEFF';

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
 * What a spreadsheet may run as a formula: a cell whose first character other than white space is
 * = + - @ or their full-width forms (＝＋－＠, which some spreadsheets fold to ASCII), or one starting
 * with a tab or carriage return.
 */
const FORMULA = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * One CSV cell. Control characters (`\0` included) and bidirectional overrides are dropped; a cell a
 * spreadsheet would run as a formula gets a leading apostrophe; cells holding a comma, quote or line
 * break are quoted with inner quotes doubled.
 */
export function csvCell(raw: string): string {
  const value = exportText(raw);
  const safe = FORMULA.test(value) ? `'${value}` : value;
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

/** A CSV file (UTF-8 with a byte-order mark) with a header row and one row per clipping, lines ending in CRLF. */
export function toCsv(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  const lines = [[...COLUMNS], ...clippings.map((c) => row(c, ctx))];
  return BOM + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
