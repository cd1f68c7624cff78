/**
 * The engine as the rest of the app sees it. Only src/db/ imports @duckdb/duckdb-wasm; components and
 * notebook logic receive a DbClient and the plain results below.
 */

export interface ColumnInfo {
  name: string;
  /** DuckDB type name, e.g. VARCHAR, BIGINT, DOUBLE, DATE. */
  type: string;
}

/** A query's result, row-major and plain (strings, numbers, booleans, null; BIGINT as number when safe). */
export interface QueryResult {
  columns: ColumnInfo[];
  rows: unknown[][];
  /** The true number of rows the query produced, even when `rows` is capped. */
  rowCount: number;
  /** True when `rows` holds fewer rows than `rowCount`. */
  truncated: boolean;
  durationMs: number;
}

/** A query error with DuckDB's message and, where DuckDB gives one, the 0-based character position. */
export interface QueryErrorInfo {
  message: string;
  position: number | null;
}

export interface QueryOptions {
  /** Rows to keep in memory for display; the rest are counted, not kept. */
  maxRows?: number;
  signal?: AbortSignal;
}

export interface DbClient {
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  /** Cancels the query in flight, if any. */
  cancel(): Promise<void>;
}
