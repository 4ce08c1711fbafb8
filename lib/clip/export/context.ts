/** What every export format shares: entry labels and the moment of export. */
import type { Clipping } from '../../db/clipping';

export interface ExportContext {
  /** Labels of pack entries and documents by id; an id without one is shown as the id. */
  labels?: ReadonlyMap<string, string>;
  /** When the export was made; defaults to now. */
  now?: Date;
  /** UUIDs naming a Web Annotation export's collection and page; fresh ones by default. */
  exportIds?: readonly [string, string];
}

/** The label of each entry a clipping mentions, in its order. */
export function entryLabels(c: Clipping, ctx: ExportContext): string[] {
  return c.entryIds.map((id) => ctx.labels?.get(id) ?? id);
}

/** An ISO timestamp (UTC) for a time in milliseconds. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** The calendar day (UTC) of a time in milliseconds. */
export function isoDay(ms: number): string {
  return isoTime(ms).slice(0, 10);
}

/** Year, month and day parts of an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), for CSL and RIS. */
export function dateParts(iso: string | undefined): number[] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso ?? '');
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}
