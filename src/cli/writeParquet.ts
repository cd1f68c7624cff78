import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { TableSpec } from '../data/schema';
import type { Row } from '../pipeline/toRows';

/** Opens an in-memory DuckDB set up for reproducible output (one thread, no extension downloads). */
export async function openWriter(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return instance.connect();
}

/**
 * Writes rows as a Parquet file with the spec's column types. Rows go in as text through the
 * appender and are cast in SQL, so dates and NULLs follow DuckDB's own rules.
 */
export async function writeParquet(conn: DuckDBConnection, spec: TableSpec, rows: Row[], path: string): Promise<void> {
  const staging = `staging_${spec.name}`;
  const cols = spec.columns.map((c) => `"${c.name}" VARCHAR`).join(', ');
  await conn.run(`CREATE OR REPLACE TABLE ${staging} (${cols})`);
  const appender = await conn.createAppender(staging);
  for (const row of rows) {
    for (const c of spec.columns) {
      const v = row[c.name];
      if (v === null || v === undefined) appender.appendNull();
      else appender.appendVarchar(String(v));
    }
    appender.endRow();
  }
  appender.closeSync();
  const select = spec.columns.map((c) => `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`).join(', ');
  const file = path.replaceAll("'", "''");
  await conn.run(`COPY (SELECT ${select} FROM ${staging}) TO '${file}' (FORMAT parquet, COMPRESSION snappy)`);
  await conn.run(`DROP TABLE ${staging}`);
}
