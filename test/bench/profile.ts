/**
 * `npx tsx test/bench/profile.ts`: one CPU profile of the engine's synchronous scan of the generated
 * article in headless Chromium, printed as self time per function, plus the phase split of one scan.
 * A tool for finding hot spots, not part of `npm run bench`.
 */
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compileTable } from '../../lib/match/table';
import { packForScan } from '../../scripts/scan';
import { generateArticle } from './article';
import { CHROME_ARGS, CHROME_PATH } from '../e2e/harness';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function main(): Promise<void> {
  const table = compileTable(await packForScan());
  const code = (
    await build({
      entryPoints: ['test/bench/page-entry.ts'],
      bundle: true,
      minify: false,
      format: 'iife',
      write: false,
      target: 'chrome120',
    })
  ).outputFiles[0]!.text;
  const html = generateArticle(2_100_000);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROME_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.addScriptTag({ content: code });
    type Api = {
      setup(t: unknown): number;
      ours(n: number): { ms: number };
      phases(): Record<string, number>;
    };
    await page.evaluate(
      (t) => (globalThis as unknown as { briefLensBench: Api }).briefLensBench.setup(t),
      table,
    );
    await page.evaluate(() => (globalThis as unknown as { briefLensBench: Api }).briefLensBench.ours(3));
    // Phase medians over several scans (the machine may be busy).
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < Number(process.env.PHASE_RUNS ?? 7); i++) {
      runs.push(
        await page.evaluate(() => (globalThis as unknown as { briefLensBench: Api }).briefLensBench.phases()),
      );
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
    const phases = Object.fromEntries(
      Object.keys(runs[0]!).map((k) => [k, Number(median(runs.map((r) => r[k]!)).toFixed(1))]),
    );
    process.stdout.write(`phases (medians of ${runs.length}): ${JSON.stringify(phases)}\n`);
    if (process.env.PHASES_ONLY) return;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const ours = await page.evaluate(() =>
      (globalThis as unknown as { briefLensBench: Api }).briefLensBench.ours(5),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
    };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `ours median ${ours.ms.toFixed(1)} ms; profile ${total.toFixed(0)} ms over 5 runs\n`,
    );
    for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
      process.stdout.write(`${(v / 5).toFixed(1).padStart(8)} ms  ${k}\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
