import { Bool, type DataType, Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import type { ColumnSpec, ColumnType } from './schema';

/** Decoded column values, keyed by column name, as hyparquet returns them. */
export type DecodedColumns = Record<string, ArrayLike<unknown>>;

// DATE travels as ISO text and is cast by the engine (see castSelect): Arrow date vectors built in JS
// carry milliseconds, and a wrong unit would shift every date silently.
const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  VARCHAR: () => new Utf8(),
  INTEGER: () => new Int32(),
  DOUBLE: () => new Float64(),
  BOOLEAN: () => new Bool(),
  DATE: () => new Utf8(),
};

/** Builds an Arrow table whose column types follow the manifest, not the values' JavaScript types. */
export function toArrowTable(columns: ColumnSpec[], data: DecodedColumns): Table {
  const vectors = Object.fromEntries(columns.map((c) => [c.name, vectorFromArray(toValues(c.type, data[c.name]), ARROW_TYPES[c.type]())]));
  return new Table(vectors);
}

/** Normalises one column's decoded values to what its Arrow type accepts. */
export function toValues(type: ColumnType, values: ArrayLike<unknown> | undefined): unknown[] {
  const list = Array.from(values ?? []);
  const convert = CONVERTERS[type];
  return list.map((v) => (v === null || v === undefined ? null : convert(v)));
}

const CONVERTERS: Record<ColumnType, (v: unknown) => unknown> = {
  VARCHAR: (v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v)),
  INTEGER: (v) => Number(v),
  DOUBLE: (v) => Number(v),
  BOOLEAN: (v) => Boolean(v),
  DATE: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
};

/** Quotes an identifier for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Returns the CREATE TABLE statement for a manifest table, so it exists with its types even when empty. */
export function createTableSql(name: string, columns: ColumnSpec[]): string {
  return `CREATE OR REPLACE TABLE ${quoteIdent(name)} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ')})`;
}

/** Returns the INSERT that moves a staged Arrow table into its typed table, casting each column. */
export function insertFromStagingSql(name: string, staging: string, columns: ColumnSpec[]): string {
  const select = columns.map((c) => `CAST(${quoteIdent(c.name)} AS ${c.type})`).join(', ');
  return `INSERT INTO ${quoteIdent(name)} SELECT ${select} FROM ${quoteIdent(staging)}`;
}
