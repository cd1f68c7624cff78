/**
 * Browser test harness: one production build per test run, a static server that serves dist/ under a
 * sub-path (as a real deployment might), headless Chromium, and a record of every request so a test can
 * fail on any that leaves the page's origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'test-results', '.e2e-build.lock');
const STAMP = join(ROOT, 'test-results', '.e2e-build.stamp');
export const SUB_PATH = '/tools/notebook/';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.parquet': 'application/vnd.apache.parquet',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json',
};

/** Builds the app once per test run (npm run build, which builds the data first); later callers wait for it. */
export async function ensureBuild(): Promise<void> {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const runId = process.env.E2E_RUN_ID ?? String(process.ppid);
  for (;;) {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) return;
    try {
      mkdirSync(LOCK);
    } catch {
      await new Promise((r) => setTimeout(r, 500));
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    try {
      if (!(existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) && !process.env.E2E_SKIP_BUILD) {
        execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
      }
      writeFileSync(STAMP, runId);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/** Serves dist/ at http://127.0.0.1:<random port><SUB_PATH>; returns the page URL and a closer. */
export async function serveDist(): Promise<{ url: string; origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) return void res.writeHead(404).end();
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html');
    const file = join(DIST, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: origin + SUB_PATH, origin, close: () => new Promise((r) => server.close(() => r())) };
}

/** Launches the system Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested outside the test server's origin. */
  foreign: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** Opens a page in a fresh context, recording foreign requests (and aborting them) and page errors. */
export async function openPage(browser: Browser, origin: string, url: string, viewport = { width: 1360, height: 900 }): Promise<TestPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  await page.goto(url);
  return { page, context, foreign, errors };
}

/** Waits until the data is loaded and every cell of the notebook has finished running. */
export async function waitForNotebook(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-app-state="ready"]', { timeout });
  await page.waitForFunction(() => !document.querySelector('[data-cell-status="running"], [data-cell-status="queued"]'), null, { timeout });
}
