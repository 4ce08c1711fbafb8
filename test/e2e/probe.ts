/**
 * Test probes that run in an isolated world of their own (through the DevTools protocol), so a hostile
 * page that breaks its own prototypes cannot break the measurement, and the page's world is not touched.
 */
import type { CDPSession, Page } from 'playwright-core';

const WORLD = 'brief-lens-probe';

// Runs at document start in the probe's world: records long tasks and keeps them for `longestTask`.
const PROBE_INIT = `
  (() => {
    const tasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks[tasks.length] = { start: e.startTime, duration: e.duration };
      }).observe({ type: 'longtask', buffered: true });
    } catch {}
    globalThis.__probeTasks = tasks;
  })();
`;

export interface ExtensionError {
  text: string;
  url: string;
}

export interface Probe {
  /** Errors thrown or logged by the extension's content scripts in this page. */
  extensionErrors: ExtensionError[];
  /** Evaluates an expression in the probe's world of the top frame. */
  evaluate<T>(expression: string): Promise<T>;
  session: CDPSession;
}

/** Attaches a probe to a page before it navigates. */
export async function attachProbe(page: Page): Promise<Probe> {
  const session = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  const probeContexts = new Map<string, number>();
  const extensionErrors: ExtensionError[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string; isDefault?: boolean } | undefined;
    if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
    if (context.name === WORLD && aux?.frameId) probeContexts.set(aux.frameId, context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const where = JSON.stringify(d.stackTrace ?? '') + (d.url ?? '');
    if (
      (d.executionContextId !== undefined && extensionContexts.has(d.executionContextId)) ||
      where.includes('chrome-extension://')
    ) {
      extensionErrors.push({ text: d.exception?.description ?? d.text, url: d.url ?? '' });
    }
  });
  session.on('Runtime.consoleAPICalled', (e) => {
    if ((e.type === 'error' || e.type === 'assert') && extensionContexts.has(e.executionContextId)) {
      extensionErrors.push({ text: e.args.map((a) => a.description ?? String(a.value)).join(' '), url: '' });
    }
  });
  await session.send('Runtime.enable');
  await session.send('Page.enable');
  await session.send('Page.addScriptToEvaluateOnNewDocument', { source: PROBE_INIT, worldName: WORLD });
  return {
    extensionErrors,
    session,
    async evaluate<T>(expression: string): Promise<T> {
      const { frameTree } = await session.send('Page.getFrameTree');
      let contextId = probeContexts.get(frameTree.frame.id);
      if (contextId === undefined) {
        const created = await session.send('Page.createIsolatedWorld', {
          frameId: frameTree.frame.id,
          worldName: WORLD,
        });
        contextId = created.executionContextId;
        probeContexts.set(frameTree.frame.id, contextId);
      }
      const r = await session.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (r.exceptionDetails)
        throw new Error(`probe: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as T;
    },
  };
}

export interface PageSnapshot {
  text: string;
  nodes: number;
  boxes: string[];
}

/**
 * Waits until the page's own DOM has not changed for `quietMs` (at most `maxMs`): some saved pages add or
 * take away nodes for a second or so after load, on timers of their own, so a snapshot taken at a fixed
 * delay differs with how long the page has been open. Changes inside our own host do not count.
 */
export function waitForQuietDom(probe: Probe, quietMs = 500, maxMs = 3000): Promise<boolean> {
  return probe.evaluate<boolean>(`new Promise((resolve) => {
    const root = document.documentElement;
    if (!root) return resolve(true);
    const began = performance.now();
    let last = performance.now();
    const ours = (n) => {
      const el = n && (n.nodeType === 1 ? n : n.parentElement);
      return !!(el && el.closest && el.closest('[data-brief-lens]'));
    };
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !ours(r.target))) last = performance.now();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    const tick = () => {
      const t = performance.now();
      if (t - last >= ${quietMs} || t - began >= ${maxMs}) {
        observer.disconnect();
        resolve(t - last >= ${quietMs});
      } else setTimeout(tick, 100);
    };
    setTimeout(tick, 100);
  })`);
}

/** The page as a reader sees it: its text, its node count outside our host, and its blocks' boxes. */
export function snapshot(probe: Probe): Promise<PageSnapshot> {
  return probe.evaluate<PageSnapshot>(`(() => {
    const root = document.documentElement;
    if (!root) return { text: '', nodes: 0, boxes: [] };
    let nodes = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL, {
      acceptNode: (n) => (n.nodeType === 1 && n.hasAttribute('data-brief-lens') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    while (walker.nextNode()) nodes++;
    const text = document.body ? document.body.innerText : root.textContent || '';
    const blocks = Array.from(document.querySelectorAll('p, h1, h2, h3, li, td, pre, blockquote')).slice(0, 400);
    const boxes = blocks.map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
    });
    return { text, nodes, boxes };
  })()`);
}

/** Waits until the content script recorded a full scan, or `timeoutMs` passed; returns the scans seen. */
export async function waitForScan(probe: Probe, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const n = await probe
      .evaluate<number>(`performance.getEntriesByName('brief-lens:scan').length`)
      .catch(() => 0);
    if (n > 0 || Date.now() > until) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The longest main-thread task that overlapped the content script's scans. */
export function longestTaskDuringScans(probe: Probe): Promise<number> {
  return probe.evaluate<number>(`(() => {
    const scans = performance.getEntriesByName('brief-lens:scan');
    const tasks = globalThis.__probeTasks || [];
    let worst = 0;
    for (const t of tasks) {
      for (const s of scans) {
        if (t.start < s.startTime + s.duration && t.start + t.duration > s.startTime) worst = Math.max(worst, t.duration);
      }
    }
    return worst;
  })()`);
}

/** Used JS heap of the page's renderer (all worlds), in bytes. */
export async function heapUsed(probe: Probe): Promise<number> {
  await probe.session.send('HeapProfiler.enable').catch(() => undefined);
  await probe.session.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const { usedSize } = await probe.session.send('Runtime.getHeapUsage');
  return usedSize;
}
