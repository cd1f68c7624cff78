/**
 * Precomputed first results: the build runs the default notebook's SQL cells with @duckdb/node-api over the
 * Parquet files it just wrote and saves data/precomputed.json, keyed by the exact SQL text. The page draws
 * these at once and swaps in the engine's own results when DuckDB-WASM is up.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../data/manifest';
import type { QueryResult } from '../db/types';
import type { PrecomputedResults } from '../notebook/precomputed';
import { plainColumn } from './precomputeValue';

/** Results with more rows than this are left to the engine: they would make the first paint heavier. */
export const MAX_PRECOMPUTED_ROWS = 5_000;

/** Opens the data folder's tables in a fresh in-memory DuckDB, as the page's loader creates them. */
export async function openDataTables(dataDir: string, manifest: Manifest): Promise<DuckDBConnection> {
  const conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
  for (const t of manifest.tables) {
    const file = join(dataDir, t.file).replaceAll("'", "''");
    const select = t.columns.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`).join(', ');
    await conn.run(`CREATE TABLE "${t.name}" AS SELECT ${select} FROM read_parquet('${file}')`);
  }
  return conn;
}

/** Runs one query and returns its result as the browser client would, or null when it cannot be precomputed. */
export async function plainResult(conn: DuckDBConnection, sql: string): Promise<QueryResult | null> {
  const reader = await conn.runAndReadAll(sql);
  const columns = reader.columnTypes().map(plainColumn);
  if (columns.some((c) => c === null) || reader.currentRowCount > MAX_PRECOMPUTED_ROWS) return null;
  const plain = columns as NonNullable<(typeof columns)[number]>[];
  const rows = reader.getRows().map((row) => row.map((v, i) => plain[i]!.convert(v)));
  const names = reader.columnNames();
  return {
    columns: plain.map((c, i) => ({ name: names[i]!, type: c.name })),
    rows,
    rowCount: rows.length,
    truncated: false,
    durationMs: 0,
  };
}

/** Computes every query's result over the data folder; a query that fails or is too large is skipped. */
export async function precompute(dataDir: string, manifest: Manifest, queries: string[]): Promise<PrecomputedResults> {
  const conn = await openDataTables(dataDir, manifest);
  const results: Record<string, QueryResult> = {};
  try {
    for (const sql of queries) {
      const result = await plainResult(conn, sql).catch(() => null);
      if (result) results[sql] = result;
    }
  } finally {
    conn.closeSync();
  }
  return { format: 1, dataVersion: manifest.version, results };
}

/** Writes data/precomputed.json for the given queries (sorted by SQL text, so the file is reproducible). */
export async function writePrecomputed(
  dataDir: string,
  manifest: Manifest,
  queries: string[],
): Promise<PrecomputedResults> {
  const precomputed = await precompute(dataDir, manifest, [...new Set(queries)].sort());
  await writeFile(join(dataDir, 'precomputed.json'), JSON.stringify(precomputed) + '\n');
  return precomputed;
}
