import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { TableSink } from '../../../src/db/types';
import { loadData, type LoadProgress } from '../../../src/data/loadData';
import type { Manifest } from '../../../src/data/manifest';

async function parquet(sql: string): Promise<Uint8Array> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const file = join(mkdtempSync(join(tmpdir(), 'nb-')), 't.parquet');
  await conn.run(`COPY (${sql}) TO '${file}' (FORMAT parquet, COMPRESSION snappy)`);
  return new Uint8Array(readFileSync(file));
}

const table = (name: string, bytes: number) => ({
  name,
  description: '',
  file: `${name}.parquet`,
  rows: 1,
  bytes,
  sha256: '',
  columns: [{ name: 'doc_id', type: 'VARCHAR' as const, description: '' }],
});

describe('loadData', () => {
  it('loads the good tables and names the missing and the corrupt file, creating those tables empty', async () => {
    const good = await parquet(`SELECT '001' AS doc_id`);
    const files: Record<string, Uint8Array> = {
      'good.parquet': good,
      'corrupt.parquet': new TextEncoder().encode('PAR1 not really'),
    };
    const fetcher = (async (url: string) => {
      const bytes = files[url.split('/').pop()!];
      return bytes ? new Response(bytes as BodyInit) : new Response('not found', { status: 404 });
    }) as typeof fetch;
    const log: string[] = [];
    const sink: TableSink = {
      exec: async (sql) => void log.push(sql),
      insertArrow: async (name, t) => void log.push(`insert ${name} ${t.numRows}`),
    };
    const manifest: Manifest = {
      format: 1,
      version: 'v',
      sources: [],
      tables: [table('good', good.length), table('missing', 10), table('corrupt', 15)],
    };
    const progress: LoadProgress[] = [];
    const report = await loadData(sink, manifest, 'http://x/data/', (p) => progress.push(p), fetcher);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^corrupt\.parquet: /),
      'missing.parquet: HTTP 404',
    ]);
    expect(report.rows).toEqual({ good: 1, missing: 0, corrupt: 0 });
    expect(log).toContain('insert __staging_good 1');
    for (const name of ['good', 'missing', 'corrupt'])
      expect(log).toContain(`CREATE OR REPLACE TABLE "${name}" ("doc_id" VARCHAR)`);
    expect(progress.at(-1)).toMatchObject({ tablesLoaded: 3, tablesTotal: 3 });
  });

  it('appends each table to its typed table as one Arrow IPC stream when the engine takes one, also for a file the direct reader leaves to hyparquet', async () => {
    const direct = await parquet(`SELECT '001' AS doc_id`);
    const general = await parquet(`SELECT '002' AS doc_id, 7::BIGINT AS line`);
    const files: Record<string, Uint8Array> = { 'direct.parquet': direct, 'general.parquet': general };
    const fetcher = (async (url: string) => new Response(files[url.split('/').pop()!] as BodyInit)) as typeof fetch;
    const appended: [string, number][] = [];
    const sink: TableSink = {
      exec: async () => {},
      insertArrow: async () => expect.fail('no staging table when the engine appends IPC'),
      appendArrowIPC: async (name, ipc) => void appended.push([name, tableFromIPC(ipc).numRows]),
    };
    const generalTable = {
      ...table('general', general.length),
      columns: [...table('general', 0).columns, { name: 'line', type: 'INTEGER' as const, description: '' }],
    };
    const manifest: Manifest = {
      format: 1,
      version: 'v',
      sources: [],
      tables: [table('direct', direct.length), generalTable],
    };
    const report = await loadData(sink, manifest, 'http://x/data/', () => {}, fetcher);
    expect(report.problems).toEqual([]);
    expect(appended.sort()).toEqual([
      ['direct', 1],
      ['general', 1],
    ]);
  });

  it('refuses a file whose hash does not match the manifest', async () => {
    const good = await parquet(`SELECT '001' AS doc_id`);
    const fetcher = (async () => new Response(good as BodyInit)) as typeof fetch;
    const sink: TableSink = { exec: async () => {}, insertArrow: async () => {} };
    const manifest: Manifest = {
      format: 1,
      version: 'v',
      sources: [],
      tables: [{ ...table('good', good.length), sha256: '00'.repeat(32) }],
    };
    const report = await loadData(sink, manifest, 'http://x/data/', () => {}, fetcher);
    expect(report.problems[0]?.message).toMatch(/^good\.parquet: content does not match the manifest/);
  });
});
