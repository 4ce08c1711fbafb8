import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/db/clipping';
import type { BriefLensDB } from '../../lib/db/db';
import type { PageSummary } from '../../lib/messaging/protocol';

/** How often, and how far apart, to ask a page again that has not yet looked up its clippings. */
const RETRIES = 6;
const RETRY_MS = 600;

/**
 * The clippings saved from the page in the current tab that the page could not find again, read from
 * the database by the ids the page reports. A page that has just loaded may not have looked its
 * clippings up yet; it is asked again a few times.
 */
export function useMissingClippings(
  db: BriefLensDB,
  page: PageSummary | undefined,
  refreshPage: (() => void) | undefined,
  version: number,
): Clipping[] {
  const [missing, setMissing] = useState<Clipping[]>([]);
  const [tries, setTries] = useState(0);
  const ids = page?.clippings?.missing ?? [];
  const key = ids.join(' ');
  useEffect(() => setTries(0), [page?.url]);
  useEffect(() => {
    if (!page || page.clippings || !refreshPage || tries >= RETRIES) return;
    const timer = setTimeout(() => {
      setTries((n) => n + 1);
      refreshPage();
    }, RETRY_MS);
    return () => clearTimeout(timer);
  }, [page, refreshPage, tries]);
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(' ') : [];
    void db.clippings
      .bulkGet(wanted)
      .then((rows) => live && setMissing(rows.filter((c): c is Clipping => c !== undefined)))
      .catch(() => live && setMissing([]));
    return () => {
      live = false;
    };
  }, [db, key, version]);
  return missing;
}
