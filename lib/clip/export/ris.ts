/** Clippings as RIS, the tagged format older reference managers (EndNote, RefWorks) import. */
import type { Clipping } from '../../db/clipping';
import { exportText } from '../text-safety';
import { dateParts, entryLabels, type ExportContext } from './context';

/**
 * One RIS line. RIS values are single lines, so line breaks become spaces (no value can start a tag
 * line of its own); control characters and bidirectional overrides are dropped.
 */
function tag(name: string, value: string): string {
  return `${name}  - ${exportText(value).replace(/\s+/g, ' ').trim()}`;
}

function risDate(iso: string | undefined): string | undefined {
  const parts = dateParts(iso);
  if (!parts) return undefined;
  const [y, m, d] = parts.map((p) => String(p).padStart(2, '0'));
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

function record(c: Clipping, ctx: ExportContext): string[] {
  const lines = [tag('TY', 'ELEC'), tag('ID', c.id), tag('TI', c.title)];
  if (c.site) lines.push(tag('T2', c.site));
  for (const author of (c.author ?? '').split(/;\s*/).filter(Boolean)) lines.push(tag('AU', author));
  const published = risDate(c.published);
  if (published) lines.push(tag('PY', published.slice(0, 4)), tag('DA', published));
  lines.push(tag('Y2', risDate(new Date(c.createdAt).toISOString().slice(0, 10))!));
  lines.push(tag('UR', c.canonicalUrl));
  lines.push(tag('N1', `“${c.quote}”${c.note.trim() ? ` — ${c.note}` : ''}`));
  for (const keyword of [...c.tags, ...entryLabels(c, ctx)]) lines.push(tag('KW', keyword));
  lines.push('ER  - ');
  return lines;
}

/** An RIS file with one ELEC record per clipping, lines ending in CRLF. */
export function toRis(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  return clippings.map((c) => record(c, ctx).join('\r\n')).join('\r\n\r\n') + '\r\n';
}
