import { DuckDBInstance } from '@duckdb/node-api';
import { Type } from 'apache-arrow';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetToArrow, UnsupportedParquet } from '../../../src/data/parquetToArrow';
import { decodeHybrid } from '../../../src/data/parquetPages';
import type { ColumnSpec } from '../../../src/data/schema';
import { plainRows } from '../../../src/db/toPlain';

const col = (name: string, type: ColumnSpec['type']): ColumnSpec => ({ name, type, description: '' });

const COLUMNS = [
  col('sentence', 'VARCHAR'),
  col('quantity_id', 'VARCHAR'),
  col('mixed', 'VARCHAR'),
  col('line', 'INTEGER'),
  col('year', 'INTEGER'),
  col('value', 'DOUBLE'),
  col('chinese_numeral', 'BOOLEAN'),
  col('issue_date', 'DATE'),
];

// Ten thousand rows in row groups of 2048: text repeated (a Parquet dictionary per row group), unique
// (PLAIN), and one column whose first row group repeats and whose later ones do not; nulls everywhere.
const SELECT = `SELECT
    CASE WHEN i % 7 = 0 THEN NULL ELSE '第' || (i % 13) || '句 闵行区' END AS sentence,
    CASE WHEN i % 11 = 0 THEN NULL ELSE 'q-' || i END AS quantity_id,
    CASE WHEN i < 2048 THEN 'a' || (i % 3) ELSE repeat('长', 30) || i END AS mixed,
    CASE WHEN i % 5 = 0 THEN NULL ELSE i::INTEGER END AS line,
    (2020 + i % 4)::INTEGER AS year,
    CASE WHEN i % 9 = 0 THEN NULL ELSE i / 8.0 END::DOUBLE AS value,
    CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 0 END AS chinese_numeral,
    CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2023-01-01' + (i % 400)::INTEGER END AS issue_date
  FROM range(10000) r(i) ORDER BY i`;

async function fixture(
  sql: string,
  compression = 'snappy',
): Promise<{ buffer: ArrayBuffer; expected: unknown[][]; encodings: string[] }> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const file = join(mkdtempSync(join(tmpdir(), 'nb-')), 't.parquet');
  await conn.run(`COPY (${sql}) TO '${file}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 2048)`);
  const expected = (await conn.runAndReadAll(sql)).getRows().map((r) => r.map(plainValue));
  const encodings = (
    await conn.runAndReadAll(
      `SELECT DISTINCT encodings FROM parquet_metadata('${file}') WHERE path_in_schema = 'mixed'`,
    )
  )
    .getRows()
    .map((r) => String(r[0]));
  const bytes = readFileSync(file);
  return { buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), expected, encodings };
}

/** DuckDB's value as the browser shows it: numbers, strings, booleans, null, a date as its ISO text. */
function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  return v !== null && typeof v === 'object' ? String(v) : v;
}

describe('parquetToArrow', () => {
  it('reads every value and null of a multi-row-group file as DuckDB wrote it, in manifest types', async () => {
    const { buffer, expected, encodings } = await fixture(SELECT);
    expect(encodings.sort()).toEqual(['PLAIN', 'PLAIN_DICTIONARY']);
    const { table, rows } = parquetToArrow(buffer, COLUMNS);
    expect(rows).toBe(10_000);
    expect(table.schema.fields.map((f) => Type[f.type.typeId])).toEqual([
      'Dictionary',
      'Utf8',
      'Utf8',
      'Int',
      'Int',
      'Float',
      'Bool',
      'Date',
    ]);
    expect(plainRows(table)).toEqual(expected);
  });

  it('keeps a repeated text column as one Arrow dictionary whose keys point at the right entries', async () => {
    const { buffer } = await fixture(SELECT);
    const sentence = parquetToArrow(buffer, [col('sentence', 'VARCHAR')]).table.getChild('sentence')!;
    expect(sentence.nullCount).toBe(Math.ceil(10_000 / 7));
    expect(sentence.get(1)).toBe('第1句 闵行区');
    expect(sentence.get(9999)).toBe(`第${9999 % 13}句 闵行区`);
  });

  it('reads only the columns asked for, in the order asked', async () => {
    const { buffer } = await fixture(SELECT);
    const { table } = parquetToArrow(buffer, [col('year', 'INTEGER'), col('sentence', 'VARCHAR')]);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['year', 'sentence']);
    expect(table.get(3)?.toJSON()).toEqual({ year: 2023, sentence: '第3句 闵行区' });
  });

  it('names missing columns', async () => {
    const { buffer } = await fixture(SELECT);
    expect(() => parquetToArrow(buffer, [col('year', 'INTEGER'), col('nope', 'VARCHAR')])).toThrow(
      'missing column nope',
    );
  });

  it('leaves a column stored in another physical type to the general reader (UnsupportedParquet)', async () => {
    const { buffer } = await fixture('SELECT 1::BIGINT AS line');
    expect(() => parquetToArrow(buffer, [col('line', 'INTEGER')])).toThrow(UnsupportedParquet);
  });

  it('throws an ordinary error, not UnsupportedParquet, for a damaged page', async () => {
    const { buffer } = await fixture(SELECT, 'uncompressed');
    const damaged = new Uint8Array(buffer.slice(0));
    damaged.fill(0xff, 4, 4000);
    let thrown: unknown;
    try {
      parquetToArrow(damaged.buffer, COLUMNS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(UnsupportedParquet);
  });
});

describe('decodeHybrid', () => {
  it('decodes RLE runs and bit-packed groups of 3-bit values', () => {
    // RLE: 5 × value 4; bit-packed: one group of 8 values 0..7 at 3 bits (LSB first).
    const bytes = new Uint8Array([5 << 1, 4, (1 << 1) | 1, 0b10001000, 0b11000110, 0b11111010]);
    const out = new Int32Array(13);
    decodeHybrid(bytes, 0, bytes.length, 3, out, 13);
    expect(Array.from(out)).toEqual([4, 4, 4, 4, 4, 0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
