/**
 * Reference page for the benchmarks: the same DuckDB-WASM bundle, the same Parquet files decoded with
 * hyparquet and inserted as Arrow, one query, one Plot chart, nothing else. It sets
 * document.body.dataset.done when the chart is in the DOM.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import * as Plot from '@observablehq/plot';
import { tableFromArrays } from 'apache-arrow';
import { parquetReadObjects } from 'hyparquet';

interface Manifest {
  tables: { name: string; file: string; columns: { name: string; type: string }[] }[];
}

async function startEngine(): Promise<duckdb.AsyncDuckDBConnection> {
  const bundle = await duckdb.selectBundle({ mvp: { mainModule: mvpWasm, mainWorker: mvpWorker }, eh: { mainModule: ehWasm, mainWorker: ehWorker } });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule);
  return db.connect();
}

async function loadTable(conn: duckdb.AsyncDuckDBConnection, base: string, table: Manifest['tables'][number]): Promise<void> {
  const { name, file } = table;
  const buffer = await (await fetch(base + file)).arrayBuffer();
  const rows = (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[];
  if (rows.length === 0) {
    await conn.query(`CREATE TABLE ${name} (${table.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`);
    return;
  }
  const columns: Record<string, unknown[]> = {};
  for (const key of Object.keys(rows[0]!)) columns[key] = rows.map((r) => (typeof r[key] === 'bigint' ? Number(r[key]) : r[key] instanceof Date ? (r[key] as Date).toISOString().slice(0, 10) : r[key]));
  await conn.insertArrowTable(tableFromArrays(columns as Record<string, string[]>), { name });
}

const base = new URL('./data/', location.href).href;
const [conn, manifest] = await Promise.all([startEngine(), fetch(base + 'manifest.json').then((r) => r.json() as Promise<Manifest>)]);
await Promise.all(manifest.tables.map((t) => loadTable(conn, base, t)));
const result = await conn.query(`SELECT category, count(*)::INTEGER AS n FROM quantities GROUP BY category ORDER BY n DESC`);
const data = result.toArray().map((r) => r.toJSON());
document.getElementById('chart')!.append(Plot.barX(data, { x: 'n', y: 'category', sort: { y: '-x' } }).plot());
document.body.dataset.done = 'true';
