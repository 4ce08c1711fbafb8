/**
 * How the side panel's clippings view copes with 10,000 clippings, in the real Chromium with the built
 * extension: time from opening the view to the first rows, the re-render after scrolling far down, and
 * a search over all of them. It prints figures and asserts nothing (timing on a shared machine is not
 * a test); the unit test checks only that a window of rows is rendered. Functions passed to the page
 * declare no named helpers: tsx would wrap them in a `__name` call that does not exist there.
 *
 *   npm run build && npx tsx scripts/bench-clippings.ts [COUNT]
 *   EXT_DIR=/tmp/ext npx tsx scripts/bench-clippings.ts 10000
 */
import type { Page } from 'playwright-core';
import { makeClipping } from '../lib/clip/test-fixtures';
import { DB_NAME } from '../lib/db/db';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = 5;
const ROW_HEIGHT = 132;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;

/** Milliseconds from navigation start until the list shows its first rows of `count`. */
async function firstRows(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction(
    (n) => {
      const status = document.querySelector('.clippings [aria-live]')?.textContent ?? '';
      const rows = document.querySelectorAll('[role=listitem]').length;
      return status === `${n} of ${n} clippings` && rows > 0 && performance.now();
    },
    count,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Scrolls to each row in turn and times until that row's quote is rendered. */
async function scrollTimes(page: Page, rows: number[]): Promise<number[]> {
  return page.evaluate(
    async ({ targets, height, count }) => {
      const viewport = document.querySelector<HTMLElement>('.clip-viewport')!;
      const times: number[] = [];
      for (const row of targets) {
        const want = `Quote number ${count - 1 - row} about the new national system.`;
        const t0 = performance.now();
        viewport.scrollTop = row * height;
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const quotes = [...viewport.querySelectorAll('blockquote')].map((b) => b.textContent);
          if (quotes.includes(want)) break;
        }
        times.push(performance.now() - t0);
      }
      return times;
    },
    { targets: rows, height: ROW_HEIGHT, count: COUNT },
  );
}

/** Types a word into the clippings search and times until the count shows the narrowed list. */
async function searchTime(page: Page, word: string, expected: number): Promise<number> {
  return page.evaluate(
    async ({ w, n, total }) => {
      const input = document.querySelector<HTMLInputElement>('.clippings input[type=search]')!;
      const status = document.querySelector('.clippings [aria-live]')!;
      const t0 = performance.now();
      input.value = w;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (status.textContent !== `${n} of ${total} clippings`)
        await new Promise((r) => requestAnimationFrame(r));
      const took = performance.now() - t0;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (status.textContent !== `${total} of ${total} clippings`)
        await new Promise((r) => requestAnimationFrame(r));
      return took;
    },
    { w: word, n: expected, total: COUNT },
  );
}

async function main(): Promise<void> {
  const s = await launchExtension();
  try {
    const panel = await openExtensionPage(s, 'sidepanel.html#clippings', 'section.clippings');
    const clippings = Array.from({ length: COUNT }, (_, i) => makeClipping(i));
    await panel.evaluate(
      async ({ name, rows }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(name);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error ?? new Error('could not open the database'));
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('clippings', 'readwrite');
          const store = tx.objectStore('clippings');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('could not write'));
        });
        db.close();
      },
      { name: DB_NAME, rows: clippings },
    );

    // A page in the background gets one animation frame a second; the panel is what the user looks at.
    await panel.bringToFront();
    const opens: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await panel.reload();
      opens.push(await firstRows(panel, COUNT));
      loads.push(
        await panel.evaluate(() => performance.getEntriesByName('brief-lens:clippings-load')[0]!.duration),
      );
    }
    // The floor: the same rows read with one bare IndexedDB getAll, no Dexie, no rendering.
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      raw.push(
        await panel.evaluate(async (name) => {
          const t0 = performance.now();
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(name);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error ?? new Error('could not open the database'));
          });
          await new Promise((resolve, reject) => {
            const req = db.transaction('clippings').objectStore('clippings').getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error ?? new Error('could not read'));
          });
          db.close();
          return performance.now() - t0;
        }, DB_NAME),
      );
    }
    const scrolls = await scrollTimes(panel, [
      COUNT / 2,
      COUNT / 2 + 3,
      Math.floor(COUNT * 0.7),
      COUNT - 10,
      0,
    ]);
    // "4242" is in exactly one quote ("Quote number 4242 …") when there are at least 4,243 clippings.
    const searches: number[] = [];
    for (let i = 0; i < RUNS; i++) searches.push(await searchTime(panel, '4242', COUNT > 4242 ? 1 : 0));
    const rendered = await panel.evaluate(() => document.querySelectorAll('[role=listitem]').length);

    console.log(`Clippings view with ${COUNT} clippings (Chromium, built extension, ${RUNS} runs)`);
    console.log(`  open to first rows (from navigation): ${fmt(opens)}`);
    console.log(`  of which reading the database:        ${fmt(loads)}`);
    console.log(`  a bare IndexedDB getAll of them:      ${fmt(raw)}`);
    console.log(`  scroll far and re-render:             ${fmt(scrolls)}`);
    console.log(`  search one word over all:             ${fmt(searches)}`);
    console.log(`  rows in the DOM:                      ${rendered}`);
  } finally {
    await s.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
