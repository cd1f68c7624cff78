/**
 * Static and offline: the build served from a sub-path or the root by the simplest server, nothing requested
 * from another host or outside the app's folder, a reload with the network off, the older engine build for
 * browsers without WebAssembly exceptions, and a new deployment taken only when the user reloads.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../src/cli/serveStatic';
import type { Manifest } from '../../src/data/manifest';
import {
  BUILD_TIMEOUT_MS,
  DIST,
  ensureBuild,
  type ForeignTrap,
  gridTexts,
  launchBrowser,
  replaceSql,
  ROOT,
  serveDir,
  startForeignTrap,
  SUB_PATH,
  waitForNotebook,
  waitForOfflineReady,
  watchedContext,
  type WatchedContext,
} from './harness';

let browser: Browser;
let trap: ForeignTrap;
const servers: StaticServer[] = [];
const contexts: WatchedContext[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'notebook-offline-'));

beforeAll(async () => {
  await ensureBuild();
  trap = await startForeignTrap();
  browser = await launchBrowser({ trap });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const c of contexts) {
    expect(c.foreign, 'requests to another origin').toEqual([]);
    expect(c.errors, 'page errors').toEqual([]);
  }
  expect(trap.hits, 'connections to any other host').toEqual([]);
  await browser?.close();
  for (const s of servers) await s.close();
  await trap?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function serve(dir: string, base = SUB_PATH): Promise<StaticServer> {
  const server = await serveDir(dir, base);
  servers.push(server);
  return server;
}

async function context(server: StaticServer): Promise<WatchedContext> {
  // No routing here: Playwright's routes and service workers do not mix. Foreign requests are caught by the
  // page's request events and, for every other source, by the browser-wide trap.
  const watched = await watchedContext(browser, server.origin, { abortForeign: false });
  contexts.push(watched);
  return watched;
}

const header = (page: Page) => page.locator('header code').innerText();
const servedPaths = (server: StaticServer) => server.log.map((r) => new URL(r.url, server.origin).pathname);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

describe('served as static files', () => {
  for (const base of [SUB_PATH, '/']) {
    it(`runs the default notebook from ${base} with no request off the origin or outside its folder`, async () => {
      const server = await serve(DIST, base);
      const watched = await context(server);
      const page = await watched.open(server.url);
      await waitForNotebook(page);
      const statuses = await page.$$eval('[data-cell-type="sql"]', (els) =>
        els.map((e) => e.getAttribute('data-cell-status')),
      );
      expect(statuses.length).toBeGreaterThanOrEqual(6);
      expect(new Set(statuses)).toEqual(new Set(['done']));
      await waitForOfflineReady(page);

      expect(
        servedPaths(server).filter((p) => !p.startsWith(base)),
        'requests outside the app folder (a root favicon, say)',
      ).toEqual([]);
      expect(server.log.filter((r) => r.status >= 400).map((r) => r.url)).toEqual([]);
      const wasm = server.log.filter((r) => r.url.endsWith('.wasm'));
      expect(wasm.map((r) => [r.url.replace(/.*\/duckdb-(\w+)-.*/, '$1'), r.encoding])).toEqual(
        expect.arrayContaining([['eh', 'br']]),
      );
      expect(wasm.some((r) => r.url.includes('duckdb-mvp'))).toBe(false);

      // The service worker is registered once the notebook has run: everything before sw.js is the first visit.
      const firstVisit = server.log.findIndex((r) => r.url.endsWith('/sw.js'));
      expect(firstVisit).toBeGreaterThan(0);
      const cold = server.log.slice(0, firstVisit);
      const install = server.log.slice(firstVisit);
      console.log(
        `first visit from ${base}: ${cold.length} requests, ${mb(sum(cold.map((r) => r.bytes)))} on the wire (${cold.filter((r) => r.encoding === 'br').length} brotli); ` +
          `service worker install: ${install.length} requests, ${mb(sum(install.map((r) => r.bytes)))} more (${install.filter((r) => r.status === 304).length} answered 304)`,
      );
    });
  }

  it('sends a folder URL without its slash to the folder, and refuses paths outside it', async () => {
    const server = await serve(DIST);
    const noSlash = await fetch(server.url.replace(/\/$/, ''), { redirect: 'manual' });
    expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, SUB_PATH]);
    expect((await fetch(`${server.origin}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2f..%2fpackage.json`)).status).toBe(404);
    const wasm = readdirSync(join(DIST, 'assets')).find((f) => /^duckdb-eh-.*\.wasm$/.test(f))!;
    const br = await fetch(`${server.url}assets/${wasm}`, { headers: { 'accept-encoding': 'br' } });
    expect([br.headers.get('content-encoding'), br.headers.get('content-type')]).toEqual(['br', 'application/wasm']);
    expect((await br.arrayBuffer()).byteLength).toBe(readFileSync(join(DIST, 'assets', wasm)).length);
  });
});

describe('offline', () => {
  it('reloads and runs queries, a ?sql= link and a shared notebook with the network off after one visit', async () => {
    const server = await serve(DIST);
    const watched = await context(server);
    const page = await watched.open(server.url);
    await waitForNotebook(page);
    await waitForOfflineReady(page);
    const version = await header(page);
    await replaceSql(page, 'docs', 'SELECT 2 AS two');
    await page.waitForFunction(() => location.hash.startsWith('#nb=v1.'));
    await page.waitForTimeout(600);
    const shared = await page.evaluate(() => location.href);

    server.setOffline(true);
    await watched.context.setOffline(true);
    const answeredBefore = server.log.filter((r) => r.status > 0).length;
    await page.goto(server.url);
    await waitForNotebook(page);
    expect(await header(page)).toBe(version);
    await replaceSql(page, 'docs', 'SELECT count(*) AS n FROM documents');
    expect(await gridTexts(page, 'docs')).toEqual(['5']);

    const link = await watched.open(`${server.url}?sql=${encodeURIComponent('SELECT 6 * 7 AS answer')}`);
    await waitForNotebook(link);
    expect(await link.locator('[data-cell-type="sql"] [role="gridcell"]').allInnerTexts()).toEqual(['42']);
    const copy = await watched.open(shared);
    await waitForNotebook(copy);
    expect(await gridTexts(copy, 'docs')).toEqual(['2']);
    expect(server.log.filter((r) => r.status > 0).length, 'requests the host answered while offline').toBe(
      answeredBefore,
    );
  });

  it('still starts online in a browser that selects the engine build without WebAssembly exceptions (not precached)', async () => {
    const server = await serve(DIST);
    const watched = await context(server);
    // DuckDB picks its build by validating tiny probe modules; failing every probe selects the baseline (mvp) build.
    await watched.context.addInitScript(() => {
      WebAssembly.validate = () => false;
    });
    const page = await watched.open(server.url);
    await waitForNotebook(page);
    const wasm = server.log.filter((r) => r.url.endsWith('.wasm')).map((r) => r.url);
    expect(wasm).toEqual([expect.stringMatching(/duckdb-mvp-[\w-]+\.wasm$/)]);
    await replaceSql(page, 'docs', 'SELECT count(*) AS n FROM documents');
    expect(await gridTexts(page, 'docs')).toEqual(['5']);
  });
});

/** Writes a copy of public/ whose documents table lost its last row, under a new data version. */
async function newDataVersion(publicDir: string): Promise<{ version: string; documents: number }> {
  const manifestPath = join(publicDir, 'data', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const table = manifest.tables.find((t) => t.name === 'documents')!;
  const file = join(publicDir, 'data', table.file);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(
    `COPY (SELECT * FROM read_parquet('${file}') ORDER BY doc_id LIMIT ${table.rows - 1}) TO '${file}.next' (FORMAT parquet)`,
  );
  conn.closeSync();
  renameSync(`${file}.next`, file);
  const bytes = readFileSync(file);
  Object.assign(table, {
    rows: table.rows - 1,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  manifest.version = createHash('sha256').update(`${manifest.version}+next`).digest('hex').slice(0, 16);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { version: manifest.version, documents: table.rows };
}

function deploy(from: string, to: string): void {
  for (const entry of readdirSync(to)) rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

async function countDocuments(page: Page): Promise<string[]> {
  await replaceSql(page, 'docs', 'SELECT count(*) AS n FROM documents');
  return gridTexts(page, 'docs');
}

describe('a new deployment', () => {
  it('is offered as a reload; until then the old app runs on the old data, after it the new app on the new data', async () => {
    const site = join(scratch, 'site');
    cpSync(DIST, site, { recursive: true });
    const publicNext = join(scratch, 'public-next');
    cpSync(join(ROOT, 'public'), publicNext, { recursive: true });
    const next = await newDataVersion(publicNext);
    const distNext = join(scratch, 'dist-next');
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      publicDir: publicNext,
      logLevel: 'warn',
      build: { outDir: distNext, emptyOutDir: true },
    });

    const server = await serve(site);
    const watched = await context(server);
    const first = await watched.open(server.url);
    await waitForNotebook(first);
    await waitForOfflineReady(first);
    const oldVersion = await header(first);
    expect(oldVersion).not.toBe(next.version);
    expect(await countDocuments(first)).toEqual(['5']);

    deploy(distNext, site);
    expect(await countDocuments(first), 'the open tab keeps its data').toEqual(['5']);

    const second = await watched.open(server.url);
    await waitForNotebook(second);
    const prompt = second.locator('[data-update-prompt]');
    await prompt.waitFor({ timeout: 60_000 });
    expect(await header(second), 'before the reload: the old app').toBe(oldVersion);
    await second.screenshot({ path: join(ROOT, 'test-results', 'update-prompt.png') });
    expect(await countDocuments(second), 'before the reload: the old data').toEqual(['5']);

    await Promise.all([
      second.waitForEvent('load', { timeout: 60_000 }),
      prompt.getByRole('button', { name: /重新加载|Reload/ }).click(),
    ]);
    await waitForNotebook(second);
    expect(await header(second)).toBe(next.version);
    expect(await countDocuments(second)).toEqual([String(next.documents)]);

    const cached = await second.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls.filter((u) => /data\/(manifest\.json|documents\.parquet)/.test(u));
    });
    expect(cached, 'one copy of each data file is left in the cache: the new one').toHaveLength(2);
    const served = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8')) as Manifest;
    expect(served.version).toBe(next.version);
  });
});
