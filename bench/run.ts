/**
 * `npm run bench`: builds the data, the app and the reference page, serves them on loopback, drives headless
 * Chromium, and writes BENCHMARKS.md. Sections: load (time to first chart and to notebook done, cold and warm,
 * app and reference side by side), transfer (bytes per asset), pipeline (synthetic corpus scaling), browser
 * (quantities at 10k/100k/1M rows). `tsx bench/run.ts load transfer` runs only those sections; the others are
 * taken from their last results in bench/results/; `tsx bench/run.ts report` only rewrites BENCHMARKS.md.
 * BENCH_RUNS (default 5) sets the runs per figure,
 * BENCH_PIPELINE_BUDGET_S (default 1500) the longest a pipeline size may take before it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic, type ServedRequest } from '../src/cli/serveStatic';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/cli/chromium';
import { measureLoad, type LoadSample } from './browserLoad';
import { measureBrowserScaling, type ScaleRow } from './browserScaling';
import { compressedSizes, type Sizes } from './compressedSizes';
import { describeMachine, type Machine } from './machine';
import { measurePipelineScaling, type ScalingRow, type SkippedSize } from './pipelineScaling';
import { renderReport } from './report';
import { summarise, type Summary } from './stats';

const RESULTS = 'bench/results';
const APP_DIR = 'bench/dist-app';
const REF_DIR = 'bench/dist-reference';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECTIONS = ['load', 'transfer', 'pipeline', 'browser'] as const;
type Section = (typeof SECTIONS)[number];

const log = (line: string) => console.log(`[bench] ${line}`);

export interface LoadResults {
  runs: number;
  app: { cold: LoadSample[]; warm: LoadSample[] };
  reference: { cold: LoadSample[]; warm: LoadSample[] };
}

export interface TransferRow {
  path: string;
  cold: Summary;
  warm: Summary;
  encoding: string;
  sizes: Sizes | null;
}

/** One path as the host's log saw it: body bytes sent during the cold page load, after it (precache), and warm. */
export interface ServedRow {
  path: string;
  page: Summary;
  afterwards: Summary;
  warm: Summary;
  encoding: string;
  /** Statuses the host answered with, e.g. "200" or "200, 304". */
  statuses: string;
}

export interface TransferResults {
  acceptEncoding: string;
  app: TransferRow[];
  reference: TransferRow[];
  served?: { app: ServedRow[]; reference: ServedRow[] };
}

export interface Results {
  machine: Machine;
  chromium: string;
  dataBuild: string;
  load?: LoadResults;
  transfer?: TransferResults;
  pipeline?: { rows: ScalingRow[]; skipped: SkippedSize[]; runs: number };
  browser?: { rows: ScaleRow[]; runs: number };
}

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Regenerates public/data (with precomputed.json); keeps the last good data when the pipeline fails. */
function buildAll(): string {
  let dataBuild = 'fresh `npm run data`';
  try {
    run('npx', ['tsx', 'src/cli/buildData.ts']);
  } catch {
    if (!existsSync('public/data/manifest.json')) throw new Error('npm run data failed and there is no earlier data');
    dataBuild = '`npm run data` failed in this run; the last data in public/data was used';
    log(dataBuild);
  }
  run('npx', ['vite', 'build', '--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '-c', 'bench/vite.reference.config.ts', '--logLevel', 'warn']);
  return dataBuild;
}

async function measureLoads(): Promise<LoadResults> {
  const app = await serveStatic(APP_DIR, { base: '/notebook/' });
  const ref = await serveStatic(REF_DIR, { base: '/reference/' });
  const out: LoadResults = { runs: RUNS, app: { cold: [], warm: [] }, reference: { cold: [], warm: [] } };
  try {
    // Alternating app and reference spreads any drift in the machine's load over both.
    for (let i = 0; i < RUNS; i++) {
      for (const [name, server] of [
        ['app', app],
        ['reference', ref],
      ] as const) {
        const { cold, warm } = await measureLoad(server.url, 180_000, server.log);
        out[name].cold.push(cold);
        out[name].warm.push(warm);
        log(
          `${name} run ${i + 1}: first chart ${cold.firstChartMs.toFixed(0)} / ${warm.firstChartMs.toFixed(0)} ms, done ${cold.doneMs.toFixed(0)} / ${warm.doneMs.toFixed(0)} ms (cold / warm)`,
        );
      }
    }
  } finally {
    await app.close();
    await ref.close();
  }
  return out;
}

function transferRows(dir: string, base: string, samples: { cold: LoadSample[]; warm: LoadSample[] }): TransferRow[] {
  const paths = [...new Set(samples.cold.flatMap((s) => Object.keys(s.bytes)))].sort();
  return paths.map((path) => {
    const file = join(dir, decodeURIComponent(path.slice(base.length)) || 'index.html');
    return {
      path: path.slice(base.length) || 'index.html',
      cold: summarise(samples.cold.map((s) => s.bytes[path] ?? 0)),
      warm: summarise(samples.warm.map((s) => s.bytes[path] ?? 0)),
      encoding: samples.cold[0]?.encodings[path] ?? '',
      sizes: existsSync(file) ? compressedSizes(file) : null,
    };
  });
}

function servedRows(base: string, samples: { cold: LoadSample[]; warm: LoadSample[] }): ServedRow[] {
  const pathOf = (url: string) => new URL(url, 'http://host').pathname.slice(base.length) || 'index.html';
  const sent = (requests: ServedRequest[] | undefined, path: string) =>
    (requests ?? []).filter((q) => pathOf(q.url) === path).reduce((n, q) => n + q.bytes, 0);
  const all = [...samples.cold, ...samples.warm].flatMap((s) => [
    ...(s.served?.page ?? []),
    ...(s.served?.afterwards ?? []),
  ]);
  const paths = [...new Set(all.map((q) => pathOf(q.url)))].sort();
  return paths.map((path) => ({
    path,
    page: summarise(samples.cold.map((s) => sent(s.served?.page, path))),
    afterwards: summarise(samples.cold.map((s) => sent(s.served?.afterwards, path))),
    warm: summarise(samples.warm.map((s) => sent([...(s.served?.page ?? []), ...(s.served?.afterwards ?? [])], path))),
    encoding: [
      ...new Set(all.filter((q) => pathOf(q.url) === path && q.bytes > 0).map((q) => q.encoding ?? 'identity')),
    ].join(', '),
    statuses: [...new Set(all.filter((q) => pathOf(q.url) === path).map((q) => q.status))].sort().join(', '),
  }));
}

function measureTransfer(load: LoadResults): TransferResults {
  log('compressing assets (brotli 11; cached by content)');
  return {
    acceptEncoding: load.app.cold[0]?.acceptEncoding ?? '',
    app: transferRows(APP_DIR, '/notebook/', load.app),
    reference: transferRows(REF_DIR, '/reference/', load.reference),
    served: { app: servedRows('/notebook/', load.app), reference: servedRows('/reference/', load.reference) },
  };
}

function readResults(): Partial<Results> {
  const file = join(RESULTS, 'results.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>) : {};
}

async function main(): Promise<void> {
  if (process.argv[2] === 'report') {
    writeFileSync('BENCHMARKS.md', renderReport(readResults() as Results));
    return;
  }
  const wanted = new Set<Section>(
    process.argv.slice(2).filter((a): a is Section => (SECTIONS as readonly string[]).includes(a)),
  );
  if (wanted.size === 0) SECTIONS.forEach((s) => wanted.add(s));
  mkdirSync(RESULTS, { recursive: true });
  const machine = describeMachine();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  await browser.close();
  const results: Results = { ...readResults(), machine, chromium: chromiumVersion, dataBuild: buildAll() };
  if (wanted.has('load')) run(process.execPath, ['--import', 'tsx', 'bench/firstPaintShots.ts', APP_DIR, RESULTS]);
  if (wanted.has('load') || wanted.has('transfer')) results.load = await measureLoads();
  if (results.load && (wanted.has('load') || wanted.has('transfer'))) results.transfer = measureTransfer(results.load);
  if (wanted.has('pipeline')) {
    const budget = Number(process.env.BENCH_PIPELINE_BUDGET_S ?? 1500);
    results.pipeline = { ...measurePipelineScaling([1, 10, 100, 1000], RUNS, log, budget), runs: RUNS };
  }
  if (wanted.has('browser'))
    results.browser = {
      rows: await measureBrowserScaling(APP_DIR, [10_000, 100_000, 1_000_000], RUNS, log),
      runs: RUNS,
    };
  writeFileSync(join(RESULTS, 'results.json'), JSON.stringify(results, null, 1));
  writeFileSync('BENCHMARKS.md', renderReport(results));
  log('wrote BENCHMARKS.md');
}

await main();
