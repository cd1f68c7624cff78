/**
 * Reference page for the benchmarks: the engine's limit. The same DuckDB-WASM bundle, the same Parquet files
 * decoded and inserted by the same loader as the app, one query, one Plot chart, nothing else. It sets
 * document.body.dataset.done when the chart is in the DOM.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import * as Plot from '@observablehq/plot';
import type { Table } from 'apache-arrow';
import { loadData } from '../../src/data/loadData';
import { loadManifest } from '../../src/data/loadManifest';
import { localBundles } from '../../src/db/bundles';

async function startEngine(): Promise<duckdb.AsyncDuckDBConnection> {
  const bundle = await duckdb.selectBundle(localBundles());
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule);
  return db.connect();
}

const base = new URL('./data/', location.href).href;
const engine = startEngine();
const sink = engine.then((conn) => ({
  exec: async (sql: string) => void (await conn.query(sql)),
  insertArrow: async (name: string, table: Table) => conn.insertArrowTable(table, { name, create: true }),
}));
await loadData(sink, await loadManifest(base), base, () => {});
const result = await (
  await engine
).query(`SELECT category, count(*)::INTEGER AS n FROM quantities GROUP BY category ORDER BY n DESC`);
const data = result.toArray().map((r) => r.toJSON());
document.getElementById('chart')!.append(Plot.barX(data, { x: 'n', y: 'category', sort: { y: '-x' } }).plot());
document.body.dataset.done = 'true';
