/**
 * Load timing in headless Chromium: navigation start → first chart in the DOM, and → the page's "done"
 * signal (document.body.dataset.done === 'true'), cold (fresh profile) and warm (same profile, again),
 * with the bytes each asset cost on the wire.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/cli/chromium';
import type { ServedRequest } from '../src/cli/serveStatic';

export interface LoadSample {
  firstChartMs: number;
  doneMs: number;
  /** Bytes received per request path (encoded body + headers); 0 when served from a cache. */
  bytes: Record<string, number>;
  /** Content-Encoding the host answered with, per request path ('' for none). */
  encodings: Record<string, string>;
  /** Accept-Encoding the browser sent for the page. */
  acceptEncoding: string;
  /** The page's performance.measure entries (load:<table>:<step>, cell:<id>), duration in ms. */
  measures: Record<string, number>;
  /** performance.memory.usedJSHeapSize of the page at the end, MB. */
  jsHeapMb: number;
  /** What the host's own log says it sent for this load, when the caller passed the log. */
  served?: ServedSample;
}

/**
 * Requests the host answered, from its log: until the page's done signal, and after it until the page's service
 * worker (if it registers one) is active, i.e. its precache. Counts what the browser's page events miss: the
 * engine's worker script and every request the service worker makes.
 */
export interface ServedSample {
  page: ServedRequest[];
  afterwards: ServedRequest[];
}

// Runs in the page before any of its scripts: timestamps relative to navigation start.
const OBSERVER = `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.firstChart === undefined && document.querySelector('[data-testid="chart"] svg')) b.firstChart = performance.now();
    if (b.done === undefined && document.body && document.body.dataset.done === 'true') b.done = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

async function collectBytes(
  page: Page,
  encodings: Record<string, string>,
): Promise<() => Promise<Record<string, number>>> {
  const pending: Promise<[string, number]>[] = [];
  page.on('response', (res) => void (encodings[new URL(res.url()).pathname] = res.headers()['content-encoding'] ?? ''));
  page.on('requestfinished', (req) => {
    pending.push(
      req.sizes().then(
        (s) => [new URL(req.url()).pathname, s.responseBodySize + s.responseHeadersSize] as [string, number],
        () => [new URL(req.url()).pathname, 0] as [string, number],
      ),
    );
  });
  return async () => Object.fromEntries(await Promise.all(pending));
}

/** Waits until the page's service worker is active; returns at once when none is registered within 2 s. */
async function serviceWorkerSettled(page: Page, timeoutMs: number): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.evaluate(async (ms) => {
    const start = Date.now();
    for (; Date.now() - start < ms; await new Promise((r) => setTimeout(r, 100))) {
      const registration = await navigator.serviceWorker?.getRegistration();
      if (!registration && Date.now() - start > 2000) return;
      if (registration?.active?.state === 'activated' && !registration.installing && !registration.waiting) return;
    }
  }, timeoutMs);
}

/**
 * Loads `url` once in a new page of `context` and waits for its first chart and its done signal. With the host's
 * log, also waits for the service worker's precache and records what the host sent before and after done.
 */
export async function loadOnce(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
  log?: ServedRequest[],
): Promise<LoadSample> {
  const from = log?.length ?? 0;
  const page = await context.newPage();
  const encodings: Record<string, string> = {};
  const bytes = await collectBytes(page, encodings);
  let acceptEncoding = '';
  page.on('request', (req) => {
    if (req.isNavigationRequest())
      void req.allHeaders().then(
        (h) => (acceptEncoding = h['accept-encoding'] ?? ''),
        () => undefined,
      );
  });
  // When each request reached the host (node clock, 5 ms resolution), to split the log at the page's done signal.
  const arrivals: number[] = [];
  const watch = setInterval(() => {
    while (log && from + arrivals.length < log.length) arrivals.push(performance.now());
  }, 5).unref();
  const navigationStart = performance.now();
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { firstChart?: number; done?: number } }).__bench;
      return b.firstChart !== undefined && b.done !== undefined;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  const t = await page.evaluate(() => (window as unknown as { __bench: { firstChart: number; done: number } }).__bench);
  const { measures, jsHeapMb } = await page.evaluate(() => ({
    measures: Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])),
    jsHeapMb:
      ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20,
  }));
  const sample: LoadSample = {
    firstChartMs: t.firstChart,
    doneMs: t.done,
    bytes: await bytes(),
    encodings,
    acceptEncoding,
    measures,
    jsHeapMb,
  };
  if (log) {
    await serviceWorkerSettled(page, timeoutMs);
    const atDone = from + arrivals.filter((at) => at <= navigationStart + t.done).length;
    sample.served = { page: log.slice(from, atDone), afterwards: log.slice(atDone) };
  }
  clearInterval(watch);
  await page.close();
  return sample;
}

/**
 * Loads `url` in a fresh profile (cold), then again in the same profile (warm). With the host's log, the warm
 * load starts only once the cold visit's service worker is active, as a second visit would find it.
 */
export async function measureLoad(
  url: string,
  timeoutMs = 60_000,
  log?: ServedRequest[],
): Promise<{ cold: LoadSample; warm: LoadSample }> {
  return withProfile(async (context) => {
    const cold = await loadOnce(context, url, timeoutMs, log);
    const warm = await loadOnce(context, url, timeoutMs, log);
    return { cold, warm };
  });
}

/** Runs `task` with Chromium on a fresh profile (removed afterwards); `profile` is its directory. */
export async function withProfile<T>(task: (context: BrowserContext, profile: string) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  try {
    await context.addInitScript(OBSERVER);
    return await task(context, profile);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
