/**
 * Browser test harness: one production build per test run, the project's static server (src/cli/serveStatic)
 * serving dist/ under a sub-path (as a real deployment might), headless Chromium, and a record of every request
 * so a test can fail on any that leaves the page's origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server as NetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/serveStatic';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
const LOCK = join(ROOT, 'test-results', '.e2e-build.lock');
const STAMP = join(ROOT, 'test-results', '.e2e-build.stamp');
export const SUB_PATH = '/tools/notebook/';
/** Long enough for a first build on a fresh machine, which brotli-compresses the DuckDB engine (cached after). */
export const BUILD_TIMEOUT_MS = 900_000;

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
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000)
        rmSync(LOCK, { recursive: true, force: true });
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

/** Serves dist/ at http://127.0.0.1:<random port><SUB_PATH> with the project's static server. */
export function serveDist(): Promise<StaticServer> {
  return serveStatic(DIST, { base: SUB_PATH });
}

/** Serves any folder (a copy of a build, a damaged build) under a sub-path. */
export function serveDir(dir: string, base = SUB_PATH): Promise<StaticServer> {
  return serveStatic(dir, { base });
}

/**
 * A proxy that answers nothing and records every host the browser tried to reach through it. A browser
 * launched with it (launchBrowser({ trap })) sends every request not to 127.0.0.1 here — from pages, workers
 * and service workers alike — so `hits` lists any request that would have left the machine.
 */
export interface ForeignTrap {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** Starts a ForeignTrap on a free port. */
export async function startForeignTrap(): Promise<ForeignTrap> {
  const hits: string[] = [];
  const server: NetServer = createServer((socket) => {
    socket.once('data', (chunk) => {
      hits.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { port, hits, close: () => new Promise((ok) => server.close(() => ok())) };
}

// The browser's own services (component updates, sign-in, network time, autofill) would otherwise reach Google
// hosts on their own and land in the trap; they are switched off or pointed at a closed local port.
const QUIET_BROWSER_ARGS = [
  '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate,NetworkTimeServiceQuerying,DialMediaRouteProvider,CertificateTransparencyComponentUpdater',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-extensions',
  '--no-pings',
  '--google-base-url=http://127.0.0.1:9',
  '--gaia-url=http://127.0.0.1:9',
  '--lso-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
];

/** Launches the system Chromium headless; with a trap, every request off 127.0.0.1 goes to it instead. */
export function launchBrowser(options: { trap?: ForeignTrap } = {}): Promise<Browser> {
  // Chromium never proxies loopback by default, so the test server is reached directly and anything else is caught.
  const args = options.trap
    ? [...CHROMIUM_ARGS, ...QUIET_BROWSER_ARGS, `--proxy-server=http://127.0.0.1:${options.trap.port}`]
    : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested outside the test server's origin. */
  foreign: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

export interface WatchedContext {
  context: BrowserContext;
  foreign: string[];
  errors: string[];
  /** Opens a page in this context, recording its errors. */
  open(url: string): Promise<Page>;
}

const isOwn = (url: string, origin: string) =>
  url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:');

/**
 * Creates a context that records requests off `origin` and page errors. With `abortForeign` (the default) it
 * also routes every request to abort foreign ones; pass false where a service worker must see the page's
 * requests (Playwright's routing and service workers do not mix), and rely on page events and a ForeignTrap.
 */
export async function watchedContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions & { abortForeign?: boolean } = {},
): Promise<WatchedContext> {
  const { abortForeign = true, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1360, height: 900 },
    locale: 'zh-CN',
    ...contextOptions,
  });
  const foreign: string[] = [];
  const errors: string[] = [];
  if (abortForeign) {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (isOwn(u, origin)) return route.continue();
      foreign.push(u);
      return route.abort();
    });
  } else {
    context.on('request', (r) => void (isOwn(r.url(), origin) || foreign.push(r.url())));
  }
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
  };
  context.on('page', watch);
  return {
    context,
    foreign,
    errors,
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
  };
}

/** Opens a page in a fresh context, recording foreign requests (and aborting them) and page errors. */
export async function openPage(
  browser: Browser,
  origin: string,
  url: string,
  viewport = { width: 1360, height: 900 },
): Promise<TestPage> {
  const watched = await watchedContext(browser, origin, { viewport });
  const page = await watched.open(url);
  return { page, context: watched.context, foreign: watched.foreign, errors: watched.errors };
}

/** Waits until the data is loaded and every cell of the notebook has finished running. */
export async function waitForNotebook(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('[data-app-state="ready"]', { timeout });
  // body[data-done] is set once the opening run of every cell has ended; without precomputed results (a new data
  // version) the cells are idle for a moment between "ready" and that run, which the check below alone would miss.
  await page.waitForFunction(() => document.body.dataset.done === 'true', null, { timeout });
  await page.waitForFunction(
    () => !document.querySelector('[data-cell-status="running"], [data-cell-status="queued"]'),
    null,
    { timeout },
  );
}

/** Replaces a SQL cell's text through its editor, runs it (Shift+Enter) and waits for the run to end. */
export async function replaceSql(page: Page, id: string, sql: string, timeout = 60_000): Promise<void> {
  const editor = page.locator(`[data-cell-id="${id}"] .cm-content`);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Shift+Enter');
  await page.waitForFunction(
    (cid) =>
      !['running', 'queued'].includes(
        document.querySelector(`[data-cell-id="${cid}"]`)?.getAttribute('data-cell-status') ?? '',
      ),
    id,
    { timeout },
  );
}

/** Returns the texts of a cell's result grid cells, in order. */
export function gridTexts(page: Page, id: string): Promise<string[]> {
  return page.locator(`[data-cell-id="${id}"] [role="gridcell"]`).allInnerTexts();
}

/** Waits until the page's service worker is active, i.e. the app, the engine and the data are precached. */
export async function waitForOfflineReady(page: Page, timeout = 120_000): Promise<void> {
  await page.evaluate(async (ms) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      if ((await navigator.serviceWorker.getRegistration())?.active?.state === 'activated') return;
    }
    throw new Error(`no active service worker after ${ms} ms`);
  }, timeout);
}
