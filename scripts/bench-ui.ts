/**
 * UI benchmark in real Chromium with the built extension: how long the side panel takes to show the
 * page overview after it opens, and how long search takes per keystroke with the pack and 10,000
 * clippings loaded. Figures come from the side panel's own `performance` entries:
 * `brief-lens:overview` (a mark, from navigation start) and `brief-lens:search` (a measure from the
 * input event to the committed results).
 *
 *   npm run build && npx tsx scripts/bench-ui.ts [--clippings 10000] [--opens 10]
 *   EXT_DIR=/tmp/ext-ui npx tsx scripts/bench-ui.ts
 */
import { parseArgs } from 'node:util';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { openMarkedFixture, waitForPack } from '../test/e2e/ui-helpers';
import { loadPack } from '../data/index';

const { values } = parseArgs({
  options: { clippings: { type: 'string', default: '10000' }, opens: { type: 'string', default: '10' } },
});
const CLIPPINGS = Number(values.clippings);
const OPENS = Number(values.opens);
const QUERIES = [
  '揭榜挂帅',
  'jie bang',
  'unveiling the list',
  'unveling',
  'semiconductor policy',
  'xinxing juguo',
];

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
};
const fmt = (x: { n: number; median: number; p95: number; max: number }) =>
  `n=${x.n} median=${x.median.toFixed(1)} ms p95=${x.p95.toFixed(1)} ms max=${x.max.toFixed(1)} ms`;

/** Sentences of the brief, cut into quotes, so clippings hold realistic words for the index. */
function makeClippings(n: number) {
  const pack = loadPack();
  const sentences = pack.paragraphs
    .flatMap((p) => p.text.split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 20);
  const ids = pack.entries.map((e) => e.id);
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const quote = `${sentences[i % sentences.length]} (${i})`;
    const site = `site${i % 97}.example.org`;
    const url = `https://${site}/article/${i}`;
    return {
      id: `bench-${i}`,
      quote,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: quote.length },
      ],
      url,
      canonicalUrl: url,
      title: `Article ${i} on ${site}`,
      site,
      createdAt: now - i * 60_000,
      updatedAt: now - i * 60_000,
      entryIds: [ids[i % ids.length]!],
      note: i % 5 === 0 ? `note ${i}` : '',
      tags: [`tag${i % 13}`],
    };
  });
}

async function main() {
  const s = await launchExtension();
  try {
    const setup = await openExtensionPage(s, 'options.html');
    await waitForPack(setup);
    const clippings = makeClippings(CLIPPINGS);
    await setup.evaluate(async (rows) => {
      const open = indexedDB.open('brief-lens');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const tx = db.transaction('clippings', 'readwrite');
      for (const row of rows) tx.objectStore('clippings').put(row);
      await new Promise((ok) => (tx.oncomplete = ok));
      db.close();
    }, clippings);
    await setup.close();

    const { tabId } = await openMarkedFixture(s, 'ui/long-article.html', 3);
    const overview: number[] = [];
    const afterLoad: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const panel = await openExtensionPage(s, `sidepanel.html?tab=${tabId}`, 'li[data-entry-id]');
      const [at, dcl] = await panel.evaluate(() => [
        performance.getEntriesByName('brief-lens:overview')[0]?.startTime ?? NaN,
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventEnd,
      ]);
      overview.push(at);
      afterLoad.push(at - dcl);
      // The same navigation to a page with no script at all: what the browser costs before our code runs.
      const bare = await s.context.newPage();
      await bare.goto(s.extensionUrl('_locales/en/messages.json'));
      baseline.push(
        await bare.evaluate(
          () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        ),
      );
      await bare.close();
      await panel.close();
    }

    const panel = await openExtensionPage(s, `sidepanel.html?tab=${tabId}`, 'li[data-entry-id]');
    const box = panel.locator('input[type=search]');
    // Wait for the index (pack and clippings) before timing keystrokes.
    const ready = Date.now();
    await box.fill('innovation');
    await panel.locator('[role=option][data-kind=clipping]').first().waitFor({ timeout: 60_000 });
    const indexMs = Date.now() - ready;
    await box.fill('');
    await panel.evaluate(() => performance.clearMeasures('brief-lens:search'));
    for (const q of QUERIES) {
      await box.fill('');
      await box.pressSequentially(q, { delay: 60 });
    }
    await panel.waitForTimeout(200);
    const search = await panel.evaluate(() =>
      performance.getEntriesByName('brief-lens:search').map((e) => e.duration),
    );

    console.log(`Brief Lens UI benchmark (Chromium, ${CLIPPINGS} clippings, pack of the brief)`);
    console.log(`side panel page overview shown after opening: ${fmt(stats(overview))} (budget 150 ms)`);
    console.log(
      `  of which after the page's scripts have loaded (DOMContentLoaded to overview): ${fmt(stats(afterLoad))}`,
    );
    console.log(
      `  baseline, navigation to a script-free extension file (messages.json): ${fmt(stats(baseline))}`,
    );
    console.log(
      `search per keystroke, input event to committed results: ${fmt(stats(search))} (budget 30 ms)`,
    );
    console.log(
      `search index ready after opening (pack + clippings, not on the keystroke path): ~${indexMs} ms`,
    );
  } finally {
    await s.close();
  }
}

await main();
