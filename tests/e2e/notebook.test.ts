import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_TIMEOUT_MS,
  ensureBuild,
  launchBrowser,
  openPage,
  serveDist,
  type TestPage,
  waitForNotebook,
} from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const pages: TestPage[] = [];

beforeAll(async () => {
  await ensureBuild();
  server = await serveDist();
  browser = await launchBrowser();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  for (const p of pages) {
    expect(p.foreign, 'requests to another origin').toEqual([]);
    expect(p.errors, 'page errors').toEqual([]);
  }
  await browser?.close();
  await server?.close();
});

async function open(suffix = '', viewport?: { width: number; height: number }): Promise<Page> {
  const tp = await openPage(browser, server.origin, server.url + suffix, viewport);
  pages.push(tp);
  await waitForNotebook(tp.page);
  return tp.page;
}

const cell = (page: Page, id: string) => page.locator(`[data-cell-id="${id}"]`);

async function replaceSql(page: Page, id: string, sql: string): Promise<void> {
  const editor = cell(page, id).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Shift+Enter');
  await page.waitForFunction(
    (cid) => document.querySelector(`[data-cell-id="${cid}"]`)?.getAttribute('data-cell-status') !== 'running',
    id,
  );
}

/** Reads the notebook as the page shows it: ids, types and editor texts in order. */
function visibleNotebook(page: Page) {
  return page.$$eval('[data-cell-id]', (els) =>
    els.map((el) => [
      el.getAttribute('data-cell-id'),
      el.getAttribute('data-cell-type'),
      (el.querySelector('.cm-content') as HTMLElement | null)?.innerText ?? '',
    ]),
  );
}

describe('the notebook in a browser', () => {
  it('loads engine and data from its own origin under a sub-path and runs every default query without error', async () => {
    const started = Date.now();
    const tp = await openPage(browser, server.origin, server.url);
    pages.push(tp);
    await tp.page.waitForSelector('[role="grid"]', { timeout: 60_000 });
    const firstResult = await tp.page.evaluate(() => Math.round(performance.now()));
    await tp.page.waitForSelector('[data-cell-type="chart"] svg', { timeout: 60_000 });
    const firstChart = await tp.page.evaluate(() => Math.round(performance.now()));
    await waitForNotebook(tp.page);
    const elapsed = Date.now() - started;
    const statuses = await tp.page.$$eval('[data-cell-type="sql"]', (els) =>
      els.map((e) => [e.getAttribute('data-cell-id'), e.getAttribute('data-cell-status')]),
    );
    expect(statuses.length).toBeGreaterThanOrEqual(6);
    for (const [, status] of statuses) expect(status).toBe('done');
    expect(await tp.page.locator('header code').innerText()).toMatch(/^[0-9a-f]{16}$/);
    const timing = await tp.page.evaluate(() => Math.round(performance.now()));
    console.log(
      `navigation → first result grid: ${firstResult} ms; → first chart: ${firstChart} ms; → every default cell run: ${timing} ms (${elapsed} ms wall incl. page open)`,
    );
    await tp.page.screenshot({ path: '/tmp/app.png' });
  });

  it('draws a chart for every chart cell of the default notebook', async () => {
    const page = await open();
    const charts = await page.locator('[data-cell-type="chart"]').count();
    expect(charts).toBeGreaterThanOrEqual(6);
    await expect.poll(() => page.locator('[data-cell-type="chart"] svg').count()).toBeGreaterThanOrEqual(charts);
  });

  it('redraws a chart when its settings change and when its source re-runs', async () => {
    const page = await open();
    const chart = cell(page, 'docs-chart');
    const before = await chart.locator('svg').last().innerHTML();
    await chart.locator('select').nth(1).selectOption('line');
    await expect.poll(() => chart.locator('svg').last().innerHTML()).not.toBe(before);
    const afterMark = await chart.locator('svg').last().innerHTML();
    await replaceSql(page, 'docs', "SELECT '900' AS doc_id, 7 AS n_measures, 'x' AS kind");
    await expect.poll(() => chart.locator('svg').last().innerHTML()).not.toBe(afterMark);
    expect(await chart.locator('svg').last().innerHTML()).toContain('900');
  });

  it('finds simplified text from a traditional-character search (閔行)', async () => {
    const page = await open();
    const cells = await page.locator('[data-cell-type="sql"]').count();
    await page.getByRole('searchbox').or(page.locator('header input')).first().fill('閔行');
    await page.locator('header input').first().press('Enter');
    await expect.poll(() => page.locator('[data-cell-type="sql"]').count()).toBe(cells + 1);
    const added = page.locator('[data-cell-type="sql"]').last();
    await expect.poll(() => added.getAttribute('data-cell-status')).toBe('done');
    expect(await added.locator('[role="gridcell"]').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('闵行')]),
    );
  });

  it('opens the source sentence of a quantity row with 出处', async () => {
    const page = await open();
    await replaceSql(
      page,
      'patents',
      "SELECT doc_id, line, char_start, char_end, text FROM passages WHERE text LIKE '%营商环境%' ORDER BY doc_id, line LIMIT 1",
    );
    const text = (await cell(page, 'patents').locator('[role="gridcell"]').last().innerText()).trim();
    await cell(page, 'patents')
      .getByRole('button', { name: /^(出处|Source)$/ })
      .first()
      .click();
    await expect.poll(() => page.locator('aside.provenance').innerText()).toContain(text.slice(0, 12));
  });

  it('re-runs an edited query and shows its row count and duration', async () => {
    const page = await open();
    await replaceSql(page, 'docs', 'SELECT * FROM range(3) t(n)');
    await expect.poll(() => cell(page, 'docs').locator('.status').innerText()).toMatch(/^3 (行|rows) · \d+/);
    expect(await cell(page, 'docs').locator('[role="gridcell"]').allInnerTexts()).toEqual(['0', '1', '2']);
  });

  it("shows DuckDB's error inline and marks the position in the editor", async () => {
    const page = await open();
    await replaceSql(page, 'docs', "SELECT '闵行区' AS d FORM documents");
    await expect
      .poll(() => cell(page, 'docs').locator('.error').innerText())
      .toMatch(/^Parser Error: syntax error at or near "FORM"/);
    expect(await cell(page, 'docs').locator('.cm-sql-error').innerText()).toBe('FORM');
  });

  it('counts 10 million rows without keeping them, and draws only the visible rows', async () => {
    const page = await open();
    await replaceSql(page, 'docs', 'SELECT * FROM range(10000000) t(n)');
    await expect
      .poll(() => cell(page, 'docs').locator('.status').innerText(), { timeout: 60_000 })
      .toMatch(/10,000,000/);
    expect(await cell(page, 'docs').locator('.body [role="row"]').count()).toBeLessThan(60);
    const grid = cell(page, 'docs').locator('[role="grid"]');
    await grid.evaluate((el) => (el.scrollTop = 28 * 50_000));
    await expect
      .poll(() => cell(page, 'docs').locator('.body [role="row"]').first().locator('[role="gridcell"]').innerText())
      .toMatch(/^49,9\d\d$/);
  });

  it('sorts by a column when its header is clicked', async () => {
    const page = await open();
    await replaceSql(page, 'docs', 'SELECT * FROM (VALUES (2), (3), (1)) t(n)');
    await cell(page, 'docs').getByRole('button', { name: 'n', exact: true }).click();
    expect(await cell(page, 'docs').locator('[role="gridcell"]').allInnerTexts()).toEqual(['1', '2', '3']);
    await cell(page, 'docs').getByRole('button', { name: 'n', exact: true }).click();
    expect(await cell(page, 'docs').locator('[role="gridcell"]').allInnerTexts()).toEqual(['3', '2', '1']);
  });

  it('refuses to reach files or the network from SQL, with a clear error and no request', async () => {
    const page = await open();
    await replaceSql(page, 'docs', "SELECT * FROM read_parquet('https://example.org/x.parquet')");
    await expect.poll(() => cell(page, 'docs').locator('.error').innerText()).toMatch(/\S/);
    console.log('read_parquet over the network answers:', await cell(page, 'docs').locator('.error').innerText());
  });

  it('round-trips a share link into an identical notebook in a fresh browser context', async () => {
    const page = await open();
    await replaceSql(page, 'jobs', "SELECT '闵行区' AS district, 5 AS jobs");
    await cell(page, 'units')
      .getByRole('button', { name: /Delete|删除/ })
      .click();
    await cell(page, 'kinds')
      .getByRole('button', { name: /Move up|上移/ })
      .click();
    await page.waitForFunction(() => location.hash.startsWith('#nb=v1.'));
    await page.waitForTimeout(600);
    const href = await page.evaluate(() => location.href);
    const expected = await visibleNotebook(page);
    const copy = await open(href.slice(server.url.length));
    expect(await visibleNotebook(copy)).toEqual(expected);
    expect(await cell(copy, 'jobs').locator('[role="gridcell"]').allInnerTexts()).toEqual(['闵行区', '5']);
  });

  it('opens a ?sql= link as one query, run', async () => {
    const page = await open('?sql=' + encodeURIComponent('SELECT 41 + 1 AS answer'));
    expect(await page.locator('[data-cell-type="sql"] [role="gridcell"]').allInnerTexts()).toEqual(['42']);
  });

  it('answers a broken link with a clear message and an empty, working notebook', async () => {
    const page = await open('#nb=v1.H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTVWqBQAAAP__');
    await expect.poll(() => page.locator('.notice').first().innerText()).toMatch(/链接无法打开|could not be opened/);
    await replaceSql(page, 'c1', 'SELECT 1 AS one');
    expect(await cell(page, 'c1').locator('[role="gridcell"]').allInnerTexts()).toEqual(['1']);
  });

  it('switches to English and remembers it', async () => {
    const page = await open();
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Shanghai business-environment policy notebook');
    await page.reload();
    await waitForNotebook(page);
    expect(await page.locator('h1').innerText()).toBe('Shanghai business-environment policy notebook');
  });

  it('lays out without sideways scrolling on a tablet', async () => {
    const page = await open('', { width: 768, height: 1024 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  });
});
