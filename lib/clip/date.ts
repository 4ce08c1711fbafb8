/** Publication dates as pages write them, read into ISO form. */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1000 || y > 2999) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  return d === undefined || (d >= 1 && d <= 31);
}

/**
 * An ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from the forms pages declare: ISO timestamps,
 * `2024/03/05` (citation_*), `2024年3月5日`, or anything `Date.parse` reads. The calendar date
 * written on the page is kept as written, without shifting it across time zones.
 */
export function isoDate(value: string | undefined): string | undefined {
  const s = value?.trim();
  if (!s) return undefined;
  const full = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;
  }
  const month = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*月)?$/.exec(s);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return valid(y, m) ? `${y}-${pad(m)}` : undefined;
  }
  const year = /^(\d{4})(?:\s*年)?$/.exec(s);
  if (year) return valid(Number(year[1])) ? year[1] : undefined;
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed)) return undefined;
  const date = new Date(parsed);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
