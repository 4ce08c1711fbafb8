/** Messages for database failures that the user must see, rather than lose a clipping quietly. */

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the browser's DOMException; its own name mirrors the inner one's for quota errors.
  if (name === 'QuotaExceededError' || errorName(inner) === 'QuotaExceededError') return 'QuotaExceededError';
  return typeof name === 'string' ? name : '';
}

/** True when the browser refused the write for lack of storage space. */
export function isQuotaError(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

/** A sentence for the user saying what failed and what to do, starting with `action` ("Not saved"). */
export function storageErrorMessage(action: string, error: unknown): string {
  if (isQuotaError(error)) {
    return `${action}: the browser has no room left for Brief Lens's data (storage quota exceeded). Export and delete some clippings or free disk space, then try again.`;
  }
  const name = errorName(error) || 'Error';
  const detail =
    typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return `${action}: the database failed (${name}${detail ? `: ${detail}` : ''}). Try again; if it keeps failing, export your clippings.`;
}
