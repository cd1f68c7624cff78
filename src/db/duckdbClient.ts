import * as duckdb from '@duckdb/duckdb-wasm';
import type { RecordBatch, Table as ArrowTable } from 'apache-arrow';
import { localBundles } from './bundles';
import { parseDuckDbError } from './errorPosition';
import { extensionStatementError } from './extensionStatement';
import { QueryError } from './queryError';
import { duckTypeName, plainRows } from './toPlain';
import type { ColumnInfo, DbClient, QueryOptions, QueryResult, TableSink } from './types';

const DEFAULT_MAX_ROWS = 100_000;

// Extensions (parquet, json, icu, httpfs) would be fetched from extensions.duckdb.org on first use;
// the notebook must work offline, so the user gets DuckDB's "not loaded" error instead of a network call.
const OFFLINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];
const LOCKDOWN_SETTINGS = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** DuckDB-WASM behind the DbClient interface: one connection, queries run one at a time. */
export class DuckDbClient implements DbClient, TableSink {
  #db: duckdb.AsyncDuckDB;
  #conn: duckdb.AsyncDuckDBConnection;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection) {
    this.#db = db;
    this.#conn = conn;
  }

  /** Starts the engine from this site's own files and opens a connection with extension downloads off. */
  static async open(): Promise<DuckDbClient> {
    const bundle = await duckdb.selectBundle(localBundles());
    if (!bundle.mainWorker) throw new Error('No DuckDB worker for this browser');
    const worker = new Worker(bundle.mainWorker);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    await db.open({ query: { castBigIntToDouble: false } });
    const conn = await db.connect();
    for (const sql of OFFLINE_SETTINGS) await conn.query(sql);
    return new DuckDbClient(db, conn);
  }

  /** Forbids file and network access and further setting changes; returns the settings the engine accepted. */
  async lockDown(): Promise<string[]> {
    const applied: string[] = [];
    for (const sql of LOCKDOWN_SETTINGS) {
      try {
        await this.exec(sql);
        applied.push(sql);
      } catch {
        // An engine build without this setting still works; the caller reports what was applied.
      }
    }
    return applied;
  }

  query(sql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const refused = extensionStatementError(sql);
    if (refused) return Promise.reject(new QueryError(refused));
    return this.#serial(() => this.#run(sql, options));
  }

  async cancel(): Promise<void> {
    await this.#conn.cancelSent();
  }

  exec(sql: string): Promise<void> {
    return this.#serial(async () => {
      try {
        await this.#conn.query(sql);
      } catch (error) {
        throw toQueryError(error, sql);
      }
    });
  }

  insertArrow(name: string, table: ArrowTable): Promise<void> {
    return this.#serial(() => this.#conn.insertArrowTable(table, { name, create: true }));
  }

  appendArrowIPC(name: string, ipc: Uint8Array): Promise<void> {
    return this.#serial(() => this.#conn.insertArrowFromIPCStream(ipc, { name, create: false }));
  }

  /** Closes the connection and stops the engine's worker. */
  async close(): Promise<void> {
    await this.#conn.close();
    await this.#db.terminate();
  }

  // One connection streams one result at a time; a second send() would cut the first one short.
  #serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task, task);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #run(sql: string, { maxRows = DEFAULT_MAX_ROWS, signal, params }: QueryOptions): Promise<QueryResult> {
    const started = performance.now();
    let cancelled = signal?.aborted ?? false;
    const onAbort = () => {
      cancelled = true;
      void this.#conn.cancelSent();
    };
    signal?.addEventListener('abort', onAbort);
    const statement = params?.length ? await this.#prepare(sql) : null;
    try {
      if (cancelled) throw new QueryError({ message: 'Query cancelled', position: null });
      const reader = statement ? await statement.send(...params!) : await this.#conn.send(sql, true);
      const collected = await collect(reader, maxRows, () => cancelled);
      if (cancelled) throw new QueryError({ message: 'Query cancelled', position: null });
      return {
        ...collected,
        truncated: collected.rows.length < collected.rowCount,
        durationMs: performance.now() - started,
      };
    } catch (error) {
      throw toQueryError(error, sql);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await statement?.close();
    }
  }

  async #prepare(sql: string) {
    try {
      return await this.#conn.prepare(sql);
    } catch (error) {
      throw toQueryError(error, sql);
    }
  }
}

type Collected = Pick<QueryResult, 'columns' | 'rows' | 'rowCount'>;

/** Reads a result stream, keeping the first maxRows rows and counting the rest. */
async function collect(
  reader: AsyncIterable<RecordBatch> & { schema?: { fields: import('apache-arrow').Field[] } },
  maxRows: number,
  stop: () => boolean,
): Promise<Collected> {
  const rows: unknown[][] = [];
  let rowCount = 0;
  let fields = reader.schema?.fields ?? [];
  for await (const batch of reader) {
    if (stop()) break;
    fields = batch.schema.fields;
    if (rows.length < maxRows) keepRows(batch, maxRows - rows.length, rows);
    rowCount += batch.numRows;
  }
  const columns: ColumnInfo[] = fields.map((f) => ({ name: f.name, type: duckTypeName(f.type) }));
  return { columns, rows, rowCount };
}

function keepRows(batch: RecordBatch, room: number, into: unknown[][]): void {
  for (const row of plainRows(batch, room)) into.push(row);
}

function toQueryError(error: unknown, sql: string): QueryError {
  if (error instanceof QueryError) return error;
  return new QueryError(parseDuckDbError(error instanceof Error ? error.message : String(error), sql));
}
