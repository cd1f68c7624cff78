import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABLES } from '../../../src/data/schema';
import type { Manifest } from '../../../src/data/manifest';

const DATA = resolve(import.meta.dirname, '../../../public/data');

/** A DuckDB connection for tests, with rows as plain JSON objects. */
export interface TestDb {
  rows(sql: string): Promise<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
  close(): void;
}

async function open(): Promise<{ db: TestDb; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const db: TestDb = {
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson(),
    run: async (sql) => void (await connection.run(sql)),
    close: () => (connection.closeSync(), instance.closeSync()),
  };
  return { db, connection };
}

/** Opens the built corpus (public/data/*.parquet) as views named after the tables, as the app sees them. */
export async function openCorpus(): Promise<TestDb> {
  const manifestPath = join(DATA, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: run \`npm run data\` before these tests.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const { db } = await open();
  for (const table of manifest.tables) {
    await db.run(
      `CREATE VIEW ${table.name} AS SELECT * FROM read_parquet('${join(DATA, table.file).replaceAll("'", "''")}')`,
    );
  }
  return db;
}

/** Opens an empty database with every table of the schema, for fixtures a test inserts itself. */
export async function openEmptySchema(): Promise<TestDb> {
  const { db } = await open();
  for (const table of TABLES) {
    await db.run(`CREATE TABLE ${table.name} (${table.columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
  }
  return db;
}
