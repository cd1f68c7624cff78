/**
 * Robustness: a query that would run for hours is cancelled while the page stays responsive, a ten-million-row
 * result is capped but counted, out-of-memory and engine errors stay in their cell, damaged data files and
 * manifests are named while everything else loads, and a browser without WebAssembly or workers is told why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../src/cli/serveStatic';
import {
  BUILD_TIMEOUT_MS,
  DIST,
  ensureBuild,
  gridTexts,
  launchBrowser,
  replaceSql,
  ROOT,
  serveDist,
  waitForNotebook,
  watchedContext,
  type WatchedContext,
} from './harness';

let browser: Browser;
let server: StaticServer;
const contexts: WatchedContext[] = [];

beforeAll(async () => {
  await ensureBuild();
  browser = await launchBrowser();
  server = await serveDist();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const c of contexts) {
    expect(c.foreign, 'requests to another origin').toEqual([]);
    expect(c.errors, 'page errors').toEqual([]);
  }
  await browser?.close();
  await server?.close();
});

async function open(suffix = ''): Promise<{ page: Page; ctx: WatchedContext }> {
  const ctx = await watchedContext(browser, server.origin);
  contexts.push(ctx);
  const page = await ctx.open(server.url + suffix);
  return { page, ctx };
}

const cell = (page: Page, id: string) => page.locator(`[data-cell-id="${id}"]`);
const statusOf = (page: Page, id: string) => cell(page, id).getAttribute('data-cell-status');

/** Types SQL into a cell and starts it without waiting for the result. */
async function startSql(page: Page, id: string, sql: string): Promise<void> {
  await cell(page, id).locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Shift+Enter');
  await expect.poll(() => statusOf(page, id)).toBe('running');
}

/** Measures, in the page, the longest a 20 ms timer was late over `ms`: how long the main thread was blocked. */
function longestStall(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (span) =>
      new Promise<number>((done) => {
        let last = performance.now();
        let worst = 0;
        const timer = setInterval(() => {
          const now = performance.now();
          worst = Math.max(worst, now - last - 20);
          last = now;
        }, 20);
        setTimeout(() => (clearInterval(timer), done(Math.round(worst))), span);
      }),
    ms,
  );
}

describe('long and huge queries', () => {
  it('cancels a cross join of range(1e9) while the page stays responsive, and then runs the next query', async () => {
    const { page } = await open();
    await waitForNotebook(page);
    await startSql(page, 'docs', 'SELECT count(*) FROM range(1000000000) a CROSS JOIN range(1000000000) b');
    const stall = await longestStall(page, 1500);
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 2000 })
      .toBe('Shanghai business-environment policy notebook');
    expect(await statusOf(page, 'docs'), 'still running after 2 s').toBe('running');
    const clicked = Date.now();
    await cell(page, 'docs').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => statusOf(page, 'docs'), { timeout: 15_000 }).toBe('error');
    const cancelMs = Date.now() - clicked;
    expect(await cell(page, 'docs').locator('.error').innerText()).toMatch(/cancel|interrupt/i);
    console.log(
      `long query: main thread stalled at most ${stall} ms while it ran; cancelled ${cancelMs} ms after the click`,
    );
    expect(stall).toBeLessThan(250);
    await replaceSql(page, 'docs', 'SELECT count(*) AS n FROM documents');
    expect(await gridTexts(page, 'docs')).toEqual(['5']);
  });

  it('shows a capped, scrollable result of SELECT * FROM range(10000000) with the true row count and a download', async () => {
    const { page } = await open();
    await waitForNotebook(page);
    const started = Date.now();
    await replaceSql(page, 'docs', 'SELECT * FROM range(10000000) t(n)', 120_000);
    const tookMs = Date.now() - started;
    const status = await cell(page, 'docs').locator('.status').innerText();
    expect(status).toMatch(/^10,000,000 行\s*· 显示前 100,000/);
    const grid = cell(page, 'docs').locator('[role="grid"]');
    const scroll = await grid.evaluate((el) => ({ height: el.scrollHeight, view: el.clientHeight }));
    expect(scroll.height).toBeGreaterThan(scroll.view * 100);
    expect(await cell(page, 'docs').locator('[role="row"]').count()).toBeLessThan(80);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cell(page, 'docs').getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r?\n/);
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    console.log(
      `10M rows: ${tookMs} ms to run and count; CSV download holds ${csv.length - 1} rows; page JS heap ${(heap / 1e6).toFixed(0)} MB`,
    );
    // The download holds the rows kept for display (the status says so), not all ten million.
    expect(csv[0]).toBe('n');
    expect(csv.length - 1).toBe(100_000);
    await replaceSql(page, 'docs', 'SELECT 1 AS one');
    expect(await gridTexts(page, 'docs')).toEqual(['1']);
  });

  it('reports out-of-memory and engine errors in the cell, and the notebook keeps working', async () => {
    const { page } = await open();
    await waitForNotebook(page);
    const failures: [string, RegExp][] = [
      ['SELECT list(range) FROM range(2000000000)', /^Out of Memory Error/],
      ["SELECT CAST('七' AS INTEGER)", /^Conversion Error/],
      ["SELECT error('故意的错误')", /故意的错误/],
      ['SELECT * FROM no_such_table', /^Catalog Error/],
    ];
    for (const [sql, message] of failures) {
      await replaceSql(page, 'docs', sql, 120_000);
      expect(await statusOf(page, 'docs'), sql).toBe('error');
      expect(await cell(page, 'docs').locator('.error').innerText(), sql).toMatch(message);
      await replaceSql(page, 'jobs', 'SELECT count(*) AS n FROM passages');
      expect(
        Number(await gridTexts(page, 'jobs').then((t) => t[0]?.replace(/,/g, ''))),
        `after ${sql}`,
      ).toBeGreaterThan(100);
    }
  });
});

describe('damaged data', () => {
  it('names a corrupt, a missing and a mismatched Parquet file while the other tables load and answer', async () => {
    const ctx = await watchedContext(browser, server.origin);
    contexts.push(ctx);
    const otherTable = readFileSync(join(DIST, 'data', 'cases.parquet'));
    await ctx.context.route('**/data/documents.parquet', (r) =>
      r.fulfill({ status: 200, body: Buffer.from('PAR1 this is not parquet at all PAR1') }),
    );
    await ctx.context.route('**/data/findings.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await ctx.context.route('**/data/sections.parquet', (r) => r.fulfill({ status: 200, body: otherTable }));
    const page = await ctx.open(server.url);
    await waitForNotebook(page);
    const notice = await page.locator('.notice', { hasText: /部分数据表未能加载/ }).innerText();
    expect(notice).toMatch(/documents\.parquet: \S/);
    expect(notice).toMatch(/findings\.parquet: HTTP 404/);
    expect(notice).toMatch(/sections\.parquet: .*sha256/);
    expect(notice).not.toMatch(/passages\.parquet|measures\.parquet/);
    await replaceSql(
      page,
      'docs',
      'SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM passages) > 100 AS p',
    );
    expect(await gridTexts(page, 'docs')).toEqual(['0', 'true']);
    // Loading problems are expected here; nothing else may reach the console.
    ctx.errors.splice(
      0,
      ctx.errors.length,
      ...ctx.errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
    );
  });

  it.each([
    ['corrupt', '{"format": 1, "tables": [', /manifest\.json: not a format-1 data manifest/],
    ['missing', null, /manifest\.json: HTTP 404/],
  ])('says plainly when the manifest is %s', async (_kind, body, message) => {
    const ctx = await watchedContext(browser, server.origin);
    contexts.push(ctx);
    await ctx.context.route('**/data/manifest.json', (r) =>
      r.fulfill(body === null ? { status: 404, body: '' } : { status: 200, contentType: 'application/json', body }),
    );
    const page = await ctx.open(server.url);
    await expect
      .poll(() => page.locator('[role="alert"]').allInnerTexts(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    ctx.errors.splice(
      0,
      ctx.errors.length,
      ...ctx.errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
    );
  });
});

describe('a browser without WebAssembly or workers', () => {
  it.each([
    ['WebAssembly', (): void => void Reflect.deleteProperty(window, 'WebAssembly'), 'webassembly'],
    ['Worker', (): void => void Reflect.deleteProperty(window, 'Worker'), 'worker'],
  ] as const)('explains, in both languages, that %s is missing', async (name, remove, id) => {
    const ctx = await watchedContext(browser, server.origin);
    contexts.push(ctx);
    await ctx.context.addInitScript(remove);
    const page = await ctx.open(server.url);
    const message = page.locator('[data-unsupported]');
    await message.waitFor();
    expect(await message.getAttribute('data-unsupported')).toBe(id);
    const text = await message.innerText();
    expect(text).toContain('此浏览器无法运行本笔记本');
    expect(text).toContain('This browser cannot run the notebook');
    expect(text).toContain(name === 'Worker' ? 'Web Workers' : 'WebAssembly');
    if (name === 'WebAssembly') await page.screenshot({ path: join(ROOT, 'test-results', 'no-webassembly.png') });
  });
});
