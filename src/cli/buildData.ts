/**
 * `npm run data`: runs the pipeline over corpus/*.txt and writes public/data/<table>.parquet,
 * the source texts and manifest.json. The same input gives byte-identical output.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TABLES } from '../data/schema';
import type { Manifest, ManifestTable } from '../data/manifest';
import { runPipeline, sourceDocument } from '../pipeline/runPipeline';
import { toRows } from '../pipeline/toRows';
import type { QuantifiedDocument } from '../pipeline/types';
import { defaultNotebook } from '../notebook/defaultNotebook';
import { writePrecomputed } from './precompute';
import { openWriter, writeParquet } from './writeParquet';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Reads every .txt in the corpus folder, sorted by name. */
export async function readCorpus(dir: string): Promise<{ file: string; text: string }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}

/** Processes the corpus and writes the data folder; returns the manifest it wrote. */
export async function buildData(corpusDir: string, outDir: string): Promise<Manifest> {
  const docs: QuantifiedDocument[] = (await readCorpus(corpusDir)).map(({ file, text }) =>
    runPipeline(sourceDocument(file, text)),
  );
  const rows = toRows(docs);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'sources'), { recursive: true });
  const conn = await openWriter();
  const tables: ManifestTable[] = [];
  for (const spec of TABLES) {
    const file = `${spec.name}.parquet`;
    await writeParquet(conn, spec, rows[spec.name] ?? [], resolve(outDir, file));
    const bytes = await readFile(join(outDir, file));
    tables.push({
      name: spec.name,
      description: spec.description,
      file,
      rows: (rows[spec.name] ?? []).length,
      bytes: bytes.length,
      sha256: sha256(bytes),
      columns: spec.columns,
    });
  }
  for (const d of docs) await copyFile(join(corpusDir, d.sourceFile), join(outDir, 'sources', d.sourceFile));
  const version = sha256(new TextEncoder().encode(tables.map((t) => t.sha256).join('\n'))).slice(0, 16);
  const sources = docs.map((d) => ({ doc_id: d.docId, file: `sources/${d.sourceFile}`, title: d.meta.title }));
  const manifest: Manifest = { format: 1, version, tables, sources };
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const queries = defaultNotebook(version).cells.flatMap((c) => (c.type === 'sql' ? [c.sql] : []));
  await writePrecomputed(outDir, manifest, queries);
  return manifest;
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('buildData.ts');
if (isMain) {
  const manifest = await buildData(resolve('corpus'), resolve('public/data'));
  for (const t of manifest.tables)
    console.log(`${t.name.padEnd(14)} ${String(t.rows).padStart(6)} rows  ${t.bytes} bytes`);
  console.log(`data version ${manifest.version}`);
}
