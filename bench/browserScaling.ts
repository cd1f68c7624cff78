/**
 * Browser scaling: the app loading a quantities table of 10k, 100k and 1M rows (bench/scaleData.ts). Per
 * size and run, in a fresh profile: fetch, decode, Arrow building and insert time of that table (the
 * loader's performance measures), peak RSS of the profile's renderer processes, the JS heap, and each
 * default query's latency (the notebook's cell:<id> measures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { serveStatic } from '../src/cli/serveStatic';
import { loadOnce, withProfile, type LoadSample } from './browserLoad';
import { buildScaledApp } from './scaleData';
import { fmt, summarise, type Summary } from './stats';

export interface ScaleRow {
  rows: number;
  parquetMb: number;
  steps: Record<'fetch' | 'decode' | 'arrow' | 'insert' | 'total', Summary>;
  peakRendererRssMb: Summary;
  jsHeapMb: Summary;
  cells: Record<string, Summary>;
  done: Summary;
}

/** Sums the resident memory of Chromium renderer processes started for this profile, MB. */
function rendererRssMb(profile: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes(profile)) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

async function runOnce(url: string): Promise<{ sample: LoadSample; peakRssMb: number }> {
  return withProfile(async (context, profile) => {
    let peakRssMb = 0;
    const timer = setInterval(() => (peakRssMb = Math.max(peakRssMb, rendererRssMb(profile))), 100);
    try {
      const sample = await loadOnce(context, url, 600_000);
      peakRssMb = Math.max(peakRssMb, rendererRssMb(profile));
      return { sample, peakRssMb };
    } finally {
      clearInterval(timer);
    }
  });
}

/** Measures the app at each row count `runs` times. */
export async function measureBrowserScaling(
  appDir: string,
  sizes: number[],
  runs: number,
  log: (line: string) => void,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const size of sizes) {
    const dir = await buildScaledApp(appDir, size);
    const server = await serveStatic(dir, { base: '/notebook/' });
    try {
      const samples: { sample: LoadSample; peakRssMb: number }[] = [];
      for (let i = 0; i < runs; i++) samples.push(await runOnce(server.url));
      const m = (name: string) => summarise(samples.map((s) => s.sample.measures[name] ?? NaN));
      const cellNames = Object.keys(samples[0]!.sample.measures).filter((k) => k.startsWith('cell:'));
      const steps = {
        fetch: m('load:quantities:fetch'),
        decode: m('load:quantities:decode'),
        arrow: m('load:quantities:arrow'),
        insert: m('load:quantities:insert'),
        total: summarise(
          samples.map((s) =>
            ['decode', 'arrow', 'insert'].reduce((n, k) => n + (s.sample.measures[`load:quantities:${k}`] ?? NaN), 0),
          ),
        ),
      };
      const parquetMb =
        (
          JSON.parse(readFileSync(`${dir}/data/manifest.json`, 'utf8')) as { tables: { name: string; bytes: number }[] }
        ).tables.find((t) => t.name === 'quantities')!.bytes / 1e6;
      const row: ScaleRow = {
        rows: size,
        parquetMb,
        steps,
        peakRendererRssMb: summarise(samples.map((s) => s.peakRssMb)),
        jsHeapMb: summarise(samples.map((s) => s.sample.jsHeapMb)),
        cells: Object.fromEntries(cellNames.map((c) => [c.slice(5), m(c)])),
        done: summarise(samples.map((s) => s.sample.doneMs)),
      };
      log(
        `browser ${size} rows: decode+arrow+insert ${fmt(steps.total, 0, ' ms')}, slowest query ${Math.max(...Object.values(row.cells).map((c) => c.median)).toFixed(0)} ms`,
      );
      rows.push(row);
    } finally {
      await server.close();
    }
  }
  return rows;
}
