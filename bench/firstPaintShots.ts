/**
 * Screenshots of the app's first paint (precomputed results, engine held back) and of its live state
 * (engine up, every cell run), for checking by eye that the swap moves nothing:
 * `tsx bench/firstPaintShots.ts <built app dir> <out dir>` writes precomputed.png, live.png and the
 * vertical position of every chart in both states.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../src/cli/serveStatic';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/cli/chromium';

/** Top and height of the header, every cell and every chart drawing, in page coordinates. */
async function chartBoxes(page: Page): Promise<number[][]> {
  return page.$$eval('header, [data-cell-id], [data-testid="chart"]', (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.top + scrollY), Math.round(r.height)];
    }),
  );
}

const [dir = 'bench/dist-app', out = 'bench/results'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serveStatic(dir, { base: '/notebook/' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let release: () => void = () => {};
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  await page.waitForSelector('[data-testid="precomputed"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="chart"] svg').length >= 6);
  await page.screenshot({ path: join(out, 'precomputed.png'), fullPage: true });
  await page.screenshot({ path: join(out, 'precomputed-top.png') });
  const before = await chartBoxes(page);
  release();
  await page.waitForFunction(() => document.body.dataset.done === 'true', undefined, { timeout: 120_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'live.png'), fullPage: true });
  await page.screenshot({ path: join(out, 'live-top.png') });
  const after = await chartBoxes(page);
  const report = { before, after, same: JSON.stringify(before) === JSON.stringify(after) };
  writeFileSync(join(out, 'first-paint.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report));
} finally {
  await browser.close();
  await server.close();
}
