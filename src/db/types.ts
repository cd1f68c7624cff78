import type { Table as ArrowTable } from 'apache-arrow';

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

/** A value sent to the engine as a query parameter (`?` in the SQL), never spliced into the text. */
export type QueryParam = string | number | boolean | null;

export interface QueryOptions {
  /** Rows to keep in memory for display; the rest are counted, not kept. */
  maxRows?: number;
  signal?: AbortSignal;
  /** Values for the SQL's `?` placeholders, in order. */
  params?: QueryParam[];
}

export interface DbClient {
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
  /** Cancels the query in flight, if any. */
  cancel(): Promise<void>;
}

/** What the data loader needs from the engine: run a statement, take a decoded table. */
export interface TableSink {
  /** Runs SQL that returns nothing of interest (DDL, settings). */
  exec(sql: string): Promise<void>;
  /** Inserts an Arrow table as a new table called `name`. */
  insertArrow(name: string, table: ArrowTable): Promise<void>;
  /**
   * Appends the rows of an Arrow IPC stream to the existing table `name`, column by column in order, each
   * converted to the table's type. The bytes may be handed over (transferred) and must not be used after.
   * Without it the loader stages the rows through insertArrow and copies them with a cast.
   */
  appendArrowIPC?(name: string, ipc: Uint8Array): Promise<void>;
}
