import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ColumnSource } from 'hyparquet-writer';
import type { QueryResult } from '../db/types';

type ParquetType = NonNullable<ColumnSource['type']>;

/** Writes a result as a Parquet file (snappy), typing each column after its DuckDB type. */
export function toParquet(result: Pick<QueryResult, 'columns' | 'rows'>): ArrayBuffer {
  const columnData: ColumnSource[] = result.columns.map((c, i) => {
    const type = parquetType(c.type);
    const data = result.rows.map((row) => convert(row[i], type));
    return { name: c.name, data, type, nullable: true };
  });
  return parquetWriteBuffer({ columnData });
}

/** Maps a DuckDB type name to the Parquet type that keeps its values. */
export function parquetType(duckType: string): ParquetType {
  if (/^(TINYINT|SMALLINT|INTEGER|UTINYINT|USMALLINT)$/.test(duckType)) return 'INT32';
  if (/^(BIGINT|UINTEGER)$/.test(duckType)) return 'INT64';
  if (/^(DOUBLE|FLOAT|DECIMAL|HUGEINT|UBIGINT)/.test(duckType)) return 'DOUBLE';
  if (duckType === 'BOOLEAN') return 'BOOLEAN';
  return 'STRING';
}

function convert(value: unknown, type: ParquetType): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'INT64')
    return typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : BigInt(Math.trunc(Number(value)));
  if (type === 'INT32' || type === 'DOUBLE') return Number(value);
  if (type === 'BOOLEAN') return Boolean(value);
  return String(value);
}
