/** Renders the benchmark results as BENCHMARKS.md. */
import { existsSync, readFileSync } from 'node:fs';
import type { LoadSample } from './browserLoad';
import type { ScaleRow } from './browserScaling';
import type { Results, ServedRow, TransferRow } from './run';
import { fmt, summarise, type Summary } from './stats';

const kb = (n: number) => (n / 1024).toFixed(1);
const mb = (n: number) => (n / 1e6).toFixed(2);
const ms = (s: Summary) => fmt(s, 0);

function pick(samples: LoadSample[], key: 'firstChartMs' | 'doneMs'): Summary {
  return summarise(samples.map((s) => s[key]));
}

interface Target {
  goal: string;
  measured: string;
  met: boolean;
  by: string;
}

/** Describes how far a measured value is from a ceiling: met with room, or missed by how much. */
function ceiling(goal: string, value: number, limit: number, unit: string, digits = 2): Target {
  const met = value <= limit;
  const by = met
    ? `met (${((1 - value / limit) * 100).toFixed(0)} % under)`
    : `missed by ${(value - limit).toFixed(digits)}${unit} (${((value / limit - 1) * 100).toFixed(0)} % over)`;
  return { goal, measured: `${value.toFixed(digits)}${unit}`, met, by };
}

function floor(goal: string, value: number, limit: number, unit: string, digits = 2): Target {
  const met = value >= limit;
  const by = met
    ? `met (${((value / limit - 1) * 100).toFixed(0)} % over)`
    : `missed: ${(value / limit).toFixed(2)}× of the goal`;
  return { goal, measured: `${value.toFixed(digits)}${unit}`, met, by };
}

function coldBrotliTotal(rows: TransferRow[]): number {
  return rows.filter((r) => r.cold.median > 0).reduce((n, r) => n + (r.sizes?.brotli ?? r.cold.median), 0);
}

function targets(r: Results): Target[] {
  const out: Target[] = [];
  if (r.load) {
    for (const phase of ['cold', 'warm'] as const) {
      const ratio = (key: 'firstChartMs' | 'doneMs') =>
        pick(r.load!.app[phase], key).median / pick(r.load!.reference[phase], key).median;
      out.push(ceiling(`App time to first chart ≤ 1.1× reference (${phase})`, ratio('firstChartMs'), 1.1, '×'));
      out.push(ceiling(`App default notebook done ≤ 1.3× reference (${phase})`, ratio('doneMs'), 1.3, '×'));
    }
    out.push(
      ceiling(
        'Warm first chart ≤ 0.3 s (precomputed, before DuckDB is ready)',
        pick(r.load.app.warm, 'firstChartMs').median / 1000,
        0.3,
        ' s',
        3,
      ),
    );
  }
  const paint = readFirstPaint();
  if (paint)
    out.push({
      goal: 'No visible jump when live results replace precomputed ones',
      measured: paint.same ? 'header, every cell and chart at the same place and size' : 'positions differ',
      met: paint.same,
      by: paint.same ? 'met' : 'missed',
    });
  if (r.pipeline?.rows.length) {
    const rows = r.pipeline.rows;
    const steady = rows.at(-1)!;
    out.push(
      floor(
        `Pipeline ≥ 5 MB/s of source text per core (largest size run, ${steady.copies}×; one process = one core)`,
        steady.mbPerSecond.median,
        5,
        ' MB/s',
      ),
    );
    const perMb = rows.map((x) => x.seconds.median / x.mb);
    const largest = rows.at(-1)!;
    const growth = perMb.at(-1)! / perMb[0]!;
    const reached = largest.copies >= 1000;
    out.push({
      goal: 'Pipeline cost linear to 1000×',
      measured: `s per MB at ${largest.copies}× is ${growth.toFixed(2)}× that at ${rows[0]!.copies}×`,
      met: reached && growth <= 1.2,
      by: reached
        ? growth <= 1.2
          ? 'met'
          : 'missed (grows faster than linear)'
        : `not shown: ${r.pipeline.skipped.map((s) => `${s.copies}×`).join(', ')} skipped (too slow to run ${r.pipeline.runs}×)`,
    });
  }
  const million = r.browser?.rows.find((x) => x.rows === 1_000_000);
  if (million) {
    out.push(
      ceiling(
        '1M rows loaded ≤ 2 s (decode + Arrow + insert of quantities)',
        million.steps.total.median / 1000,
        2,
        ' s',
      ),
    );
    const slowest = Object.entries(million.cells).sort((a, b) => b[1].median - a[1].median)[0];
    if (slowest)
      out.push(
        ceiling(`Default queries ≤ 100 ms each at 1M rows (slowest: ${slowest[0]})`, slowest[1].median, 100, ' ms', 0),
      );
  }
  if (r.transfer?.served?.app.length) {
    const sent = servedTotals(r.transfer.served.app);
    out.push(
      ceiling(
        "Cold transfer ≤ 6 MB when the host serves brotli: the page's load (host's log, its own .br files)",
        sent.page / 1e6,
        6,
        ' MB',
      ),
    );
    out.push(
      ceiling(
        "Cold transfer ≤ 6 MB when the host serves brotli: page + service worker precache (host's log)",
        (sent.page + sent.afterwards) / 1e6,
        6,
        ' MB',
      ),
    );
  }
  if (r.transfer) {
    out.push(
      ceiling(
        'Cold transfer ≤ 6 MB with every fetched file at brotli 11 (node zlib, default window)',
        coldBrotliTotal(r.transfer.app) / 1e6,
        6,
        ' MB',
      ),
    );
  }
  return out;
}

function readFirstPaint(): { same: boolean } | null {
  const file = 'bench/results/first-paint.json';
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { same: boolean }) : null;
}

function machineSection(r: Results): string {
  const m = r.machine;
  const versions = Object.entries(m.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `## Machine

- CPU: ${m.cpu}, ${m.cores} cores; RAM ${m.ramGb} GB; load average at start ${m.loadAverage} (the machine is shared: other work runs alongside)
- Node ${m.node}; Chromium ${r.chromium} (headless, /usr/bin/chromium)
- ${versions}
- Data: ${r.dataBuild}`;
}

function measureMedian(samples: LoadSample[], name: string): string {
  const values = samples.map((s) => s.measures[name]).filter((v): v is number => v !== undefined);
  return values.length ? summarise(values).median.toFixed(0) : '–';
}

function loadSection(r: Results): string {
  if (!r.load) return '';
  const { app, reference } = r.load;
  const row = (name: string, s: { cold: LoadSample[]; warm: LoadSample[] }) =>
    `| ${name} | ${ms(pick(s.cold, 'firstChartMs'))} | ${ms(pick(s.cold, 'doneMs'))} | ${ms(pick(s.warm, 'firstChartMs'))} | ${ms(pick(s.warm, 'doneMs'))} |`;
  const ratio = (phase: 'cold' | 'warm', key: 'firstChartMs' | 'doneMs') =>
    (pick(app[phase], key).median / pick(reference[phase], key).median).toFixed(2);
  const steps = [
    'engine',
    'precomputed',
    'load:quantities:fetch',
    'load:passages:decode',
    'load:passages:arrow',
    'load:passages:insert',
    ...Object.keys(app.cold[0]?.measures ?? {}).filter((k) => k.startsWith('cell:')),
  ];
  return `## 1. Load time: app and reference page

Navigation start → first \`[data-testid="chart"] svg\` in the DOM, and → \`document.body.dataset.done === 'true'\` (the app sets it when the
default notebook has run; the reference page when its one chart is drawn). Cold: fresh profile; warm: the same profile again, once
the cold visit's service worker is active (so the app's warm load is served by it, as a second visit would be).
ms, median (min–max) of ${r.load.runs} runs, app and reference alternating.

| page | cold first chart | cold done | warm first chart | warm done |
|---|---|---|---|---|
${row('app', app)}
${row('reference', reference)}
| **app / reference** (medians) | ${ratio('cold', 'firstChartMs')}× | ${ratio('cold', 'doneMs')}× | ${ratio('warm', 'firstChartMs')}× | ${ratio('warm', 'doneMs')}× |

The app's first chart is drawn from \`data/precomputed.json\` before DuckDB-WASM is ready; the reference page has nothing to draw until
its engine has loaded the data and run its query. Where the app's time goes (performance measures, median ms, cold / warm):

| step | cold | warm |
|---|---|---|
${steps.map((s) => `| \`${s}\` | ${measureMedian(app.cold, s)} | ${measureMedian(app.warm, s)} |`).join('\n')}`;
}

function transferTable(rows: TransferRow[]): string {
  const head =
    '| asset | cold KB on the wire | warm KB on the wire | served as | raw KB | gzip-9 KB | brotli-11 KB |\n|---|---|---|---|---|---|---|';
  const body = rows.map(
    (t) =>
      `| \`${t.path}\` | ${kb(t.cold.median)} | ${kb(t.warm.median)} | ${t.encoding || 'identity'} | ${t.sizes ? kb(t.sizes.raw) : '–'} | ${t.sizes ? kb(t.sizes.gzip) : '–'} | ${t.sizes ? kb(t.sizes.brotli) : '–'} |`,
  );
  const sum = (f: (t: TransferRow) => number) => rows.reduce((n, t) => n + f(t), 0);
  const requested = rows.filter((t) => t.cold.median > 0);
  const total = `| **total (assets fetched cold)** | **${mb(sum((t) => t.cold.median))} MB** | **${mb(sum((t) => t.warm.median))} MB** | | ${mb(requested.reduce((n, t) => n + (t.sizes?.raw ?? 0), 0))} MB | ${mb(requested.reduce((n, t) => n + (t.sizes?.gzip ?? 0), 0))} MB | **${mb(coldBrotliTotal(rows))} MB** |`;
  return [head, ...body, total].join('\n');
}

function servedTotals(rows: ServedRow[]): { page: number; afterwards: number; warm: number } {
  const sum = (f: (t: ServedRow) => number) => rows.reduce((n, t) => n + f(t), 0);
  return {
    page: sum((t) => t.page.median),
    afterwards: sum((t) => t.afterwards.median),
    warm: sum((t) => t.warm.median),
  };
}

function servedTable(rows: ServedRow[]): string {
  const head =
    '| path | cold: page load KB | cold: after done (service worker precache) KB | warm KB | sent as | statuses |\n|---|---|---|---|---|---|';
  const body = rows.map(
    (t) =>
      `| \`${t.path}\` | ${kb(t.page.median)} | ${kb(t.afterwards.median)} | ${kb(t.warm.median)} | ${t.encoding || '–'} | ${t.statuses} |`,
  );
  const total = servedTotals(rows);
  return [
    head,
    ...body,
    `| **total** | **${mb(total.page)} MB** | **${mb(total.afterwards)} MB** (page + precache **${mb(total.page + total.afterwards)} MB**) | **${mb(total.warm)} MB** | | |`,
  ].join('\n');
}

function servedSection(r: Results): string {
  const served = r.transfer?.served;
  if (!served?.app.length) return '';
  return `### What the host sent (its own request log)

Body bytes src/cli/serveStatic.ts sent, per path (headers not counted; median of the runs): during the cold load up to the done signal,
then after it until the page's service worker is active — its precache of the app, the engine and every data file, which the page's
own network events never show — and on the warm visit (304 = revalidated, nothing sent). The engine's worker script, fetched by the
worker, is also only seen here.

#### App

${servedTable(served.app)}

#### Reference page

${servedTable(served.reference)}`;
}

function transferSection(r: Results): string {
  if (!r.transfer) return '';
  return `## 2. Bytes transferred

Per request path, bytes received (encoded body + headers; median of the runs above) cold and warm, and each file's size raw, gzip
(level 9) and brotli (quality 11, node zlib, default 4 MB window) computed from the files. Chromium sent \`Accept-Encoding: ${r.transfer.acceptEncoding || '(not captured)'}\`
to the loopback server; "served as" is the Content-Encoding the host answered with (the build writes .br/.gz siblings, which
src/cli/serveStatic.ts serves), so the wire column is what a brotli-serving host costs. The build's own .br files use a larger
window than node's default and come out smaller than the brotli-11 column for the engine.

### App

${transferTable(r.transfer.app)}

### Reference page

${transferTable(r.transfer.reference)}

${servedSection(r)}`;
}

function pipelineSection(r: Results): string {
  if (!r.pipeline) return '';
  const rows = r.pipeline.rows;
  const table = [
    '| corpus | documents | source MB | wall time s | MB/s | s per MB | peak RSS MB |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (x) =>
        `| ${x.copies}× | ${x.docs} | ${x.mb.toFixed(1)} | ${fmt(x.seconds, 2)} | ${fmt(x.mbPerSecond, 2)} | ${(x.seconds.median / x.mb).toFixed(3)} | ${fmt(x.peakRssMb, 0)} |`,
    ),
  ].join('\n');
  const skipped = r.pipeline.skipped
    .map(
      (s) =>
        `- ${s.copies}×: not run; ${r.pipeline!.runs} runs were projected at ${Math.round(s.projectedSeconds / 60)} min at the rate measured for the size before it.`,
    )
    .join('\n');
  return `## 3. Pipeline scaling (synthetic corpus)

The pipeline (clean → structure → quantities → rows) over a **synthetic** corpus made in memory from the five documents
(bench/synthCorpus.ts: every number and district name perturbed by a seeded generator, file names \`synthetic-…\`; never written to the
app's data). One process per run (so peak RSS is that run's), one document at a time, single-threaded: MB/s is per core.
Median (min–max) of ${r.pipeline.runs} runs.

${table}
${skipped ? `\n${skipped}\n` : ''}`;
}

function browserSection(r: Results): string {
  if (!r.browser) return '';
  const rows = r.browser.rows;
  const cells = [...new Set(rows.flatMap((x) => Object.keys(x.cells)))];
  const load = [
    '| rows | Parquet MB | fetch ms | decode ms | Arrow ms | insert ms | decode + Arrow + insert ms | peak renderer RSS MB | JS heap MB | notebook done ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (x: ScaleRow) =>
        `| ${x.rows.toLocaleString('en')} | ${x.parquetMb.toFixed(2)} | ${ms(x.steps.fetch)} | ${ms(x.steps.decode)} | ${ms(x.steps.arrow)} | ${ms(x.steps.insert)} | ${ms(x.steps.total)} | ${fmt(x.peakRendererRssMb, 0)} | ${fmt(x.jsHeapMb, 0)} | ${ms(x.done)} |`,
    ),
  ].join('\n');
  const queries = [
    `| query | ${rows.map((x) => `${x.rows.toLocaleString('en')} rows`).join(' | ')} |`,
    `|---|${rows.map(() => '---|').join('')}`,
    ...cells.map((c) => `| \`${c}\` | ${rows.map((x) => (x.cells[c] ? ms(x.cells[c]!) : '–')).join(' | ')} |`),
  ].join('\n');
  return `## 4. Browser scaling: quantities at 10k, 100k and 1M rows

A copy of the built app whose \`data/quantities.parquet\` is the real table replicated (with @duckdb/node-api; each copy's
\`quantity_id\` made unique) and cut to the row count, with a manifest to match (bench/scaleData.ts). Loaded cold in a fresh profile;
times are the loader's and the notebook's performance measures. Median (min–max) of ${r.browser.runs} runs.

${load}

Default notebook query latency (ms, \`cell:<id>\`: query in DuckDB-WASM + conversion of the result):

${queries}`;
}

/** Returns BENCHMARKS.md for these results. */
export function renderReport(r: Results): string {
  const t = targets(r);
  const targetTable = [
    '| target | measured | verdict |',
    '|---|---|---|',
    ...t.map((x) => `| ${x.goal} | ${x.measured} | ${x.met ? '✅' : '❌'} ${x.by} |`),
  ].join('\n');
  return (
    [
      '# Benchmarks',
      'Written by `npm run bench` (bench/run.ts): builds the data, the app and the reference page (bench/reference), serves them on 127.0.0.1, drives headless Chromium. Every figure is median (min–max).',
      machineSection(r),
      `## Targets\n\n${targetTable}`,
      loadSection(r),
      transferSection(r),
      pipelineSection(r),
      browserSection(r),
      existsSync('bench/NOTES.md') ? readFileSync('bench/NOTES.md', 'utf8').trim() : '',
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
