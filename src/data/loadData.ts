import type { TableSink } from '../db/types';
import { tableToIPC, type Table } from 'apache-arrow';
import { decodeParquet } from './decodeParquet';
import { fetchBytes } from './fetchBytes';
import type { Manifest, ManifestTable } from './manifest';
import { parquetToArrow, UnsupportedParquet } from './parquetToArrow';
import { timed } from './timed';
import { createTableSql, insertFromStagingSql, quoteIdent, toArrowTable } from './toArrowTable';

/** How far loading has got, for the progress bar. */
export interface LoadProgress {
  bytesLoaded: number;
  bytesTotal: number;
  tablesLoaded: number;
  tablesTotal: number;
}

/** A table that could not be loaded; it exists in the engine, empty, so queries naming it still run. */
export interface LoadProblem {
  table: string;
  file: string;
  message: string;
}

export interface LoadReport {
  problems: LoadProblem[];
  rows: Record<string, number>;
}

interface Decoded {
  table: Table;
  rows: number;
}

/**
 * Fetches, decodes and inserts every manifest table; one bad file is reported and the others still load.
 * The sink may still be starting: files are fetched and decoded meanwhile, and inserted once it is up.
 * Each step is recorded as a performance measure `load:<table>:fetch|decode|arrow|insert`: decode is Parquet
 * to Arrow buffers, arrow the IPC stream the engine reads.
 */
export async function loadData(
  sink: TableSink | Promise<TableSink>,
  manifest: Manifest,
  baseUrl: string,
  onProgress: (p: LoadProgress) => void,
  fetcher: typeof fetch = fetch,
): Promise<LoadReport> {
  const progress: LoadProgress = {
    bytesLoaded: 0,
    bytesTotal: manifest.tables.reduce((n, t) => n + t.bytes, 0),
    tablesLoaded: 0,
    tablesTotal: manifest.tables.length,
  };
  const report: LoadReport = { problems: [], rows: {} };
  const fail = (table: ManifestTable, error: unknown) => {
    report.problems.push({
      table: table.name,
      file: table.file,
      message: `${table.file}: ${error instanceof Error ? error.message : String(error)}`,
    });
    report.rows[table.name] = 0;
  };
  onProgress({ ...progress });
  await Promise.all(
    manifest.tables.map(async (table) => {
      const onBytes = (n: number) => {
        progress.bytesLoaded += n;
        onProgress({ ...progress });
      };
      const decoded = await fetchAndDecode(table, baseUrl, fetcher, onBytes).catch(
        (error: unknown) => void fail(table, error),
      );
      const target = await sink;
      try {
        await insertTable(target, table, decoded ?? null);
        if (decoded) report.rows[table.name] = decoded.rows;
      } catch (error) {
        fail(table, error);
      }
      progress.tablesLoaded += 1;
      onProgress({ ...progress });
    }),
  );
  report.problems.sort((a, b) => a.table.localeCompare(b.table));
  return report;
}

async function fetchAndDecode(
  table: ManifestTable,
  baseUrl: string,
  fetcher: typeof fetch,
  onBytes: (n: number) => void,
): Promise<Decoded> {
  const buffer = await timed(`load:${table.name}:fetch`, () =>
    fetchBytes(new URL(table.file, baseUrl).href, onBytes, fetcher),
  );
  await checkHash(buffer, table.sha256);
  return timed(`load:${table.name}:decode`, () => decode(buffer, table));
}

/** Reads the file's pages straight into Arrow; a file this reader does not handle goes through hyparquet. */
async function decode(buffer: ArrayBuffer, table: ManifestTable): Promise<Decoded> {
  try {
    return parquetToArrow(buffer, table.columns);
  } catch (error) {
    if (!(error instanceof UnsupportedParquet)) throw error;
    const { columns, rows } = await decodeParquet(
      buffer,
      table.columns.map((c) => c.name),
    );
    return { table: toArrowTable(table.columns, columns), rows };
  }
}

/** Creates the table with its manifest types (empty when the file failed) and inserts the decoded rows. */
async function insertTable(sink: TableSink, table: ManifestTable, decoded: Decoded | null): Promise<void> {
  await sink.exec(createTableSql(table.name, table.columns));
  if (!decoded || decoded.rows === 0) return;
  if (sink.appendArrowIPC) {
    const ipc = await timed(`load:${table.name}:arrow`, () => tableToIPC(decoded.table, 'stream'));
    await timed(`load:${table.name}:insert`, () => sink.appendArrowIPC!(table.name, ipc));
    return;
  }
  const staging = `__staging_${table.name}`;
  await timed(`load:${table.name}:insert`, async () => {
    await sink.insertArrow(staging, decoded.table);
    await sink.exec(insertFromStagingSql(table.name, staging, table.columns));
    await sink.exec(`DROP TABLE ${quoteIdent(staging)}`);
  });
}

// The manifest's hash is the data version a shared notebook records: a file that does not match it would give
// numbers that differ from what the link's author saw.
async function checkHash(buffer: ArrayBuffer, expected: string): Promise<void> {
  if (!expected || !globalThis.crypto?.subtle) return;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== expected)
    throw new Error('content does not match the manifest (sha256); the file is damaged or from another build');
}
