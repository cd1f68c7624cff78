/**
 * A variant of the built app whose quantities table is the real one replicated to `rows` rows (each copy's
 * quantity_id made unique), for the browser scaling benchmark. The variant links the app's files and
 * replaces data/quantities.parquet and data/manifest.json; it lives in bench/dist-scale and is never shipped.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Manifest } from '../src/data/manifest';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Writes the real quantities table replicated and cut to `rows` rows as snappy Parquet. */
async function replicateQuantities(source: string, target: string, rows: number, sourceRows: number): Promise<void> {
  const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
  const copies = Math.ceil(rows / sourceRows);
  const q = (p: string) => `'${p.replaceAll("'", "''")}'`;
  await conn.run(`COPY (
    SELECT q.* REPLACE (q.quantity_id || '-' || r.range::VARCHAR AS quantity_id)
    FROM range(${copies}) r, read_parquet(${q(source)}) q
    ORDER BY r.range, q.doc_id, q.line, q.char_start
    LIMIT ${rows}
  ) TO ${q(target)} (FORMAT parquet, COMPRESSION snappy)`);
  conn.closeSync();
}

/** Builds bench/dist-scale/<rows>/ from the built app in `appDir`; returns its directory. */
export async function buildScaledApp(appDir: string, rows: number, outRoot = 'bench/dist-scale'): Promise<string> {
  const out = resolve(outRoot, String(rows));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data'), { recursive: true });
  for (const entry of readdirSync(appDir)) if (entry !== 'data') symlinkSync(resolve(appDir, entry), join(out, entry));
  const manifest = JSON.parse(readFileSync(join(appDir, 'data', 'manifest.json'), 'utf8')) as Manifest;
  for (const entry of readdirSync(join(appDir, 'data'))) {
    // The replaced files' pre-compressed siblings (.br, .gz) would be served in their place.
    if (!['manifest.json', 'quantities.parquet', 'precomputed.json'].some((f) => entry.startsWith(f)))
      symlinkSync(resolve(appDir, 'data', entry), join(out, 'data', entry));
  }
  const table = manifest.tables.find((t) => t.name === 'quantities')!;
  const file = join(out, 'data', 'quantities.parquet');
  await replicateQuantities(resolve(appDir, 'data', table.file), file, rows, table.rows);
  const bytes = readFileSync(file);
  Object.assign(table, { rows, bytes: bytes.length, sha256: sha256(bytes) });
  manifest.version = sha256(new TextEncoder().encode(manifest.tables.map((t) => t.sha256).join('\n'))).slice(0, 16);
  writeFileSync(join(out, 'data', 'manifest.json'), JSON.stringify(manifest));
  return out;
}

/** Copies a built app (no links), for a variant that must not share files. */
export function copyApp(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
