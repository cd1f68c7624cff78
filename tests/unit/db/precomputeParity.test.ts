import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { type Table, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { openDataTables, plainResult } from '../../../src/cli/precompute';
import { loadData } from '../../../src/data/loadData';
import type { Manifest } from '../../../src/data/manifest';
import { duckTypeName, plainRows } from '../../../src/db/toPlain';
import type { TableSink } from '../../../src/db/types';
import { defaultNotebook } from '../../../src/notebook/defaultNotebook';

const DATA = resolve(import.meta.dirname, '../../../public/data');
const WASM_DIR = createRequire(import.meta.url)
  .resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm')
  .replace(/duckdb-eh\.wasm$/, '');

/** DuckDB-WASM in Node (the blocking build), loaded through the page's own loader. */
async function wasmEngine(manifest: Manifest) {
  const db = await createDuckDB(
    {
      mvp: { mainModule: `${WASM_DIR}duckdb-mvp.wasm`, mainWorker: '' },
      eh: { mainModule: `${WASM_DIR}duckdb-eh.wasm`, mainWorker: '' },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  const sink: TableSink = {
    exec: async (sql) => void conn.query(sql),
    // The CJS engine build has its own copy of apache-arrow; hand it IPC bytes rather than our Table.
    insertArrow: async (name, table) =>
      conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true }),
    appendArrowIPC: async (name, ipc) => conn.insertArrowFromIPCStream(ipc, { name, create: false }),
  };
  const fileFetch = (async (url: string) =>
    new Response(readFileSync(join(DATA, new URL(url).pathname.split('/').pop()!)))) as typeof fetch;
  const report = await loadData(sink, manifest, 'http://local/data/', () => {}, fileFetch);
  expect(report.problems).toEqual([]);
  return (sql: string) => {
    const table = conn.query(sql) as unknown as Table;
    return {
      columns: table.schema.fields.map((f) => ({ name: f.name, type: duckTypeName(f.type) })),
      rows: plainRows(table),
    };
  };
}

describe('precomputed results', () => {
  it('exist: the data has been built', () => {
    expect(existsSync(join(DATA, 'manifest.json')), 'no public/data/manifest.json: run `npm run data` first').toBe(
      true,
    );
  });

  it('equal what DuckDB-WASM and the browser conversion give for every default cell, values and types', async () => {
    const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
    const node = await openDataTables(DATA, manifest);
    const wasm = await wasmEngine(manifest);
    const cells = defaultNotebook(manifest.version).cells.flatMap((c) => (c.type === 'sql' ? [c.sql] : []));
    for (const sql of cells) {
      const precomputed = await plainResult(node, sql);
      expect(precomputed, sql).not.toBeNull();
      expect({ columns: precomputed!.columns, rows: precomputed!.rows }, sql).toEqual(wasm(sql));
    }
  }, 60_000);

  it('convert HUGEINT, DECIMAL, DATE and unsafe BIGINT the way the browser reads them from Arrow', async () => {
    const manifest: Manifest = { format: 1, version: 'v', tables: [], sources: [] };
    const node = await openDataTables(DATA, manifest);
    const wasm = await wasmEngine(manifest);
    const sql = `SELECT 7::HUGEINT AS h, sum(x) AS s, count(*) AS c, 9007199254740993::BIGINT AS big, DATE '2023-03-01' AS d,
      1.25::DECIMAL(10,2) AS dc, NULL::VARCHAR AS v, true AS b, 1.5::FLOAT AS f FROM (VALUES (1), (2)) t(x)`;
    const precomputed = await plainResult(node, sql);
    expect({ columns: precomputed!.columns, rows: precomputed!.rows }).toEqual(wasm(sql));
    expect(precomputed!.rows[0]).toEqual([7, 3, 2, '9007199254740993', '2023-03-01', 1.25, null, true, 1.5]);
  }, 60_000);

  it('leaves a result with a column type it cannot mirror to the engine', async () => {
    const node = await openDataTables(DATA, { format: 1, version: 'v', tables: [], sources: [] });
    expect(await plainResult(node, 'SELECT [1, 2] AS l')).toBeNull();
  });
});
