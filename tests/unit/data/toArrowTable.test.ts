import { DuckDBInstance } from '@duckdb/node-api';
import { Type } from 'apache-arrow';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeParquet } from '../../../src/data/decodeParquet';
import type { ColumnSpec } from '../../../src/data/schema';
import { createTableSql, insertFromStagingSql, toArrowTable, toValues } from '../../../src/data/toArrowTable';

const COLUMNS: ColumnSpec[] = [
  { name: 'doc_id', type: 'VARCHAR', description: '' },
  { name: 'line', type: 'INTEGER', description: '' },
  { name: 'value', type: 'DOUBLE', description: '' },
  { name: 'chinese_numeral', type: 'BOOLEAN', description: '' },
  { name: 'issue_date', type: 'DATE', description: '' },
];

async function duck() {
  return (await DuckDBInstance.create(':memory:')).connect();
}

async function parquetFixture(): Promise<ArrayBuffer> {
  const conn = await duck();
  const file = join(mkdtempSync(join(tmpdir(), 'nb-')), 't.parquet');
  await conn.run(`COPY (SELECT * FROM (VALUES ('001', 12, 4.3, true, DATE '2023-03-01'), ('002', NULL, NULL, NULL, NULL))
    t(doc_id, line, value, chinese_numeral, issue_date)) TO '${file}' (FORMAT parquet, COMPRESSION snappy)`);
  const bytes = readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe('toArrowTable', () => {
  it('types each column after the manifest: VARCHAR→Utf8, INTEGER→Int32, DOUBLE→Float64, BOOLEAN→Bool, DATE→ISO text', () => {
    const table = toArrowTable(COLUMNS, {
      doc_id: ['001'],
      line: [12],
      value: [4.3],
      chinese_numeral: [true],
      issue_date: [new Date('2023-03-01T00:00:00Z')],
    });
    expect(table.schema.fields.map((f) => [f.name, Type[f.type.typeId]])).toEqual([
      ['doc_id', 'Utf8'],
      ['line', 'Int'],
      ['value', 'Float'],
      ['chinese_numeral', 'Bool'],
      ['issue_date', 'Utf8'],
    ]);
    expect((table.schema.fields[1]!.type as { bitWidth: number }).bitWidth).toBe(32);
    expect(table.get(0)?.toJSON()).toEqual({
      doc_id: '001',
      line: 12,
      value: 4.3,
      chinese_numeral: true,
      issue_date: '2023-03-01',
    });
  });

  it('keeps NULLs as nulls and turns BIGINTs into numbers', () => {
    expect(toValues('INTEGER', [1n, null, undefined])).toEqual([1, null, null]);
    expect(toValues('DATE', [null])).toEqual([null]);
  });

  it('builds a table with a column for every manifest column, even one the file lacks values for', () => {
    const table = toArrowTable(COLUMNS, { doc_id: [] });
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(COLUMNS.map((c) => c.name));
  });
});

describe('decodeParquet', () => {
  it('decodes a DuckDB-written snappy Parquet file into the values the manifest types expect', async () => {
    const { columns, rows } = await decodeParquet(
      await parquetFixture(),
      COLUMNS.map((c) => c.name),
    );
    expect(rows).toBe(2);
    const table = toArrowTable(COLUMNS, columns);
    expect(table.get(0)?.toJSON()).toEqual({
      doc_id: '001',
      line: 12,
      value: 4.3,
      chinese_numeral: true,
      issue_date: '2023-03-01',
    });
    expect(table.get(1)?.toJSON()).toEqual({
      doc_id: '002',
      line: null,
      value: null,
      chinese_numeral: null,
      issue_date: null,
    });
  });

  it('names the missing column when the file does not match the manifest', async () => {
    await expect(decodeParquet(await parquetFixture(), ['doc_id', 'sentence'])).rejects.toThrow(
      'missing column sentence',
    );
  });

  it('rejects a file that is not Parquet', async () => {
    await expect(
      decodeParquet(new TextEncoder().encode('<html>not found</html>').buffer, ['doc_id']),
    ).rejects.toThrow();
  });
});

describe('createTableSql and insertFromStagingSql', () => {
  it('give DuckDB tables with the manifest types, DATE cast from its ISO text', async () => {
    const conn = await duck();
    await conn.run(createTableSql('documents', COLUMNS));
    await conn.run(
      `CREATE TABLE staging (doc_id VARCHAR, line INTEGER, value DOUBLE, chinese_numeral BOOLEAN, issue_date VARCHAR)`,
    );
    await conn.run(`INSERT INTO staging VALUES ('001', 12, 4.3, true, '2023-03-01')`);
    await conn.run(insertFromStagingSql('documents', 'staging', COLUMNS));
    const types = (
      await conn.runAndReadAll(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'documents' ORDER BY ordinal_position`,
      )
    ).getRows();
    expect(types).toEqual(COLUMNS.map((c) => [c.name, c.type]));
    const rows = (await conn.runAndReadAll(`SELECT issue_date::VARCHAR, year(issue_date) FROM documents`)).getRows();
    expect(rows).toEqual([['2023-03-01', 2023n]]);
  });
});

describe('toArrowTable buffers', () => {
  it('packs UTF-8 bytes, strings and nulls of a text column, and the validity of every type', () => {
    const bytes = new TextEncoder().encode('闵行区');
    const columns: ColumnSpec[] = [
      { name: 'district', type: 'VARCHAR', description: '' },
      { name: 'line', type: 'INTEGER', description: '' },
      { name: 'ok', type: 'BOOLEAN', description: '' },
    ];
    const table = toArrowTable(columns, {
      district: [bytes, null, '普陀区', bytes],
      line: [1, 2, null, 4],
      ok: [false, null, true, true],
    });
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { district: '闵行区', line: 1, ok: false },
      { district: null, line: 2, ok: null },
      { district: '普陀区', line: null, ok: true },
      { district: '闵行区', line: 4, ok: true },
    ]);
    expect(table.getChild('district')!.nullCount).toBe(1);
  });
});
