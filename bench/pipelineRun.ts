/**
 * One pipeline scaling measurement in its own process, so peak memory is this run's alone:
 * `tsx bench/pipelineRun.ts <copies>` prints a JSON line {copies, docs, bytes, ms, peakRssMb}.
 * Documents stream through clean → structure → quantities → rows one at a time.
 */
import { readCorpus } from '../src/cli/buildData';
import { runPipeline, sourceDocument } from '../src/pipeline/runPipeline';
import { toRows } from '../src/pipeline/toRows';
import { syntheticCorpus } from './synthCorpus';

const copies = Number(process.argv[2] ?? '1');
const seeds = (await readCorpus('corpus')).map(({ file, text }) => ({ file, text }));
let bytes = 0;
let docs = 0;
let rows = 0;
const encoder = new TextEncoder();
const start = performance.now();
for (const f of syntheticCorpus(seeds, copies)) {
  bytes += encoder.encode(f.text).length;
  const tables = toRows([runPipeline(sourceDocument(f.file, f.text))]);
  rows += Object.values(tables).reduce((n, t) => n + t.length, 0);
  docs++;
}
const ms = performance.now() - start;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ copies, docs, bytes, rows, ms, peakRssMb }));
