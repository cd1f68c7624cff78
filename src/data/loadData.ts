import type { TableSink } from '../db/types';
import { decodeParquet } from './decodeParquet';
import { fetchBytes } from './fetchBytes';
import type { Manifest, ManifestTable } from './manifest';
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

/** Fetches, decodes and inserts every manifest table; one bad file is reported and the others still load. */
export async function loadData(sink: TableSink, manifest: Manifest, baseUrl: string, onProgress: (p: LoadProgress) => void, fetcher: typeof fetch = fetch): Promise<LoadReport> {
  const progress: LoadProgress = { bytesLoaded: 0, bytesTotal: manifest.tables.reduce((n, t) => n + t.bytes, 0), tablesLoaded: 0, tablesTotal: manifest.tables.length };
  const report: LoadReport = { problems: [], rows: {} };
  onProgress({ ...progress });
  await Promise.all(
    manifest.tables.map(async (table) => {
      try {
        report.rows[table.name] = await loadTable(sink, table, baseUrl, fetcher, (n) => {
          progress.bytesLoaded += n;
          onProgress({ ...progress });
        });
      } catch (error) {
        report.problems.push({ table: table.name, file: table.file, message: `${table.file}: ${error instanceof Error ? error.message : String(error)}` });
        report.rows[table.name] = 0;
      }
      progress.tablesLoaded += 1;
      onProgress({ ...progress });
    }),
  );
  report.problems.sort((a, b) => a.table.localeCompare(b.table));
  return report;
}

async function loadTable(sink: TableSink, table: ManifestTable, baseUrl: string, fetcher: typeof fetch, onBytes: (n: number) => void): Promise<number> {
  await sink.exec(createTableSql(table.name, table.columns));
  const buffer = await fetchBytes(new URL(table.file, baseUrl).href, onBytes, fetcher);
  await checkHash(buffer, table.sha256);
  const { columns, rows } = await decodeParquet(buffer, table.columns.map((c) => c.name));
  if (rows === 0) return 0;
  const staging = `__staging_${table.name}`;
  await sink.insertArrow(staging, toArrowTable(table.columns, columns));
  await sink.exec(insertFromStagingSql(table.name, staging, table.columns));
  await sink.exec(`DROP TABLE ${quoteIdent(staging)}`);
  return rows;
}

// The manifest's hash is the data version a shared notebook records: a file that does not match it would give
// numbers that differ from what the link's author saw.
async function checkHash(buffer: ArrayBuffer, expected: string): Promise<void> {
  if (!expected || !globalThis.crypto?.subtle) return;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== expected) throw new Error('content does not match the manifest (sha256); the file is damaged or from another build');
}
