/**
 * Pipeline scaling: the data pipeline over synthetic corpora of 1×, 10×, 100× and 1000× the five
 * documents, each size in fresh processes, several runs each.
 */
import { execFileSync } from 'node:child_process';
import { fmt, summarise, type Summary } from './stats';

export interface ScalingRow {
  copies: number;
  docs: number;
  mb: number;
  seconds: Summary;
  mbPerSecond: Summary;
  peakRssMb: Summary;
}

interface RunResult {
  copies: number;
  docs: number;
  bytes: number;
  ms: number;
  peakRssMb: number;
}

function runOnce(copies: number): RunResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/pipelineRun.ts', String(copies)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as RunResult;
}

/** A size left out because its runs would take longer than the budget at the rate measured so far. */
export interface SkippedSize {
  copies: number;
  projectedSeconds: number;
}

/**
 * Measures each corpus size `runs` times and summarises wall time, throughput and peak memory. A size whose
 * projected time (at the last size's rate) exceeds `budgetSeconds` is skipped and reported as such.
 */
export function measurePipelineScaling(
  sizes: number[],
  runs: number,
  log: (line: string) => void,
  budgetSeconds = Infinity,
): { rows: ScalingRow[]; skipped: SkippedSize[] } {
  const rows: ScalingRow[] = [];
  const skipped: SkippedSize[] = [];
  for (const copies of sizes) {
    const last = rows.at(-1);
    const projectedSeconds = last ? (last.seconds.median / last.copies) * copies * runs : 0;
    if (projectedSeconds > budgetSeconds) {
      skipped.push({ copies, projectedSeconds });
      log(`pipeline ${copies}×: skipped, ${runs} runs projected at ${Math.round(projectedSeconds)} s`);
      continue;
    }
    rows.push(measureSize(copies, runs, log));
  }
  return { rows, skipped };
}

function measureSize(copies: number, runs: number, log: (line: string) => void): ScalingRow {
  const results = Array.from({ length: runs }, () => runOnce(copies));
  const first = results[0]!;
  const row: ScalingRow = {
    copies,
    docs: first.docs,
    mb: first.bytes / 1e6,
    seconds: summarise(results.map((r) => r.ms / 1000)),
    mbPerSecond: summarise(results.map((r) => r.bytes / 1e6 / (r.ms / 1000))),
    peakRssMb: summarise(results.map((r) => r.peakRssMb)),
  };
  log(`pipeline ${copies}×: ${fmt(row.seconds, 2, ' s')}, ${fmt(row.mbPerSecond, 1, ' MB/s')}`);
  return row;
}

/** Renders the scaling rows as a Markdown table, with time per MB to show whether growth is linear. */
export function scalingTable(rows: ScalingRow[]): string {
  const head =
    '| corpus | documents | source MB | wall time s | MB/s | s per MB | peak RSS MB |\n|---|---|---|---|---|---|---|';
  const body = rows.map(
    (r) =>
      `| ${r.copies}× | ${r.docs} | ${r.mb.toFixed(1)} | ${fmt(r.seconds, 2)} | ${fmt(r.mbPerSecond, 1)} | ${(r.seconds.median / r.mb).toFixed(3)} | ${fmt(r.peakRssMb, 0)} |`,
  );
  return [head, ...body].join('\n');
}
