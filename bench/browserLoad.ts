/**
 * Load timing in headless Chromium: navigation start → first chart in the DOM, and → the page's "done"
 * signal (document.body.dataset.done === 'true'), cold (fresh profile) and warm (same profile, again),
 * with the bytes each asset cost on the wire.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LoadSample {
  firstChartMs: number;
  doneMs: number;
  /** Bytes received per request path (encoded body + headers); 0 when served from a cache. */
  bytes: Record<string, number>;
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

async function collectBytes(page: Page): Promise<() => Promise<Record<string, number>>> {
  const pending: Promise<[string, number]>[] = [];
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

async function loadOnce(context: BrowserContext, url: string, timeoutMs: number): Promise<LoadSample> {
  const page = await context.newPage();
  const bytes = await collectBytes(page);
  await page.goto(url);
  await page.waitForFunction(() => {
    const b = (window as unknown as { __bench: { firstChart?: number; done?: number } }).__bench;
    return b.firstChart !== undefined && b.done !== undefined;
  }, undefined, { timeout: timeoutMs, polling: 50 });
  const t = await page.evaluate(() => (window as unknown as { __bench: { firstChart: number; done: number } }).__bench);
  const sample = { firstChartMs: t.firstChart, doneMs: t.done, bytes: await bytes() };
  await page.close();
  return sample;
}

/** Loads `url` in a fresh profile (cold), then again in the same profile (warm). */
export async function measureLoad(url: string, timeoutMs = 60_000): Promise<{ cold: LoadSample; warm: LoadSample }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(OBSERVER);
    const cold = await loadOnce(context, url, timeoutMs);
    const warm = await loadOnce(context, url, timeoutMs);
    return { cold, warm };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
