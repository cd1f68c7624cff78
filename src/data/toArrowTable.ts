import {
  Bool,
  type Data,
  type DataType,
  Dictionary,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  Utf8,
} from 'apache-arrow';
import type { ColumnSpec, ColumnType } from './schema';

/** Decoded column values, keyed by column name, as hyparquet returns them (text as UTF-8 bytes or strings). */
export type DecodedColumns = Record<string, ArrayLike<unknown>>;

/**
 * Builds an Arrow table whose column types follow the manifest, not the values' JavaScript types. Buffers
 * are filled directly: Arrow's builders compile their null checks with `new Function`, which the page's
 * Content-Security-Policy forbids, and building value by value costs seconds at a million rows.
 * DATE travels as ISO text and is cast by the engine (see insertFromStagingSql): a date vector built in JS
 * carries a unit that, if wrong, would shift every date silently.
 */
export function toArrowTable(columns: ColumnSpec[], data: DecodedColumns): Table {
  const rows = Math.max(0, ...columns.map((c) => data[c.name]?.length ?? 0));
  return new Table(
    Object.fromEntries(columns.map((c) => [c.name, makeVector(BUILDERS[c.type](data[c.name] ?? [], rows))])),
  );
}

type Build = (values: ArrayLike<unknown>, rows: number) => Data<DataType>;

const BUILDERS: Record<ColumnType, Build> = {
  VARCHAR: (values, rows) => textData(values, rows, textOf),
  DATE: (values, rows) => textData(values, rows, (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : textOf(v))),
  INTEGER: (values, rows) =>
    makeData({
      type: new Int32(),
      length: rows,
      data: numbers(new Int32Array(rows), values),
      ...validity(values, rows),
    }),
  DOUBLE: (values, rows) =>
    makeData({
      type: new Float64(),
      length: rows,
      data: numbers(new Float64Array(rows), values),
      ...validity(values, rows),
    }),
  BOOLEAN: boolData,
};

const isNull = (v: unknown) => v === null || v === undefined;

/** Returns the validity bitmap of `values` (bit set = not null) and the number of nulls. */
function validity(values: ArrayLike<unknown>, rows: number): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array((rows + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < rows; i++) {
    if (i >= values.length || isNull(values[i])) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { nullBitmap, nullCount };
}

function numbers<T extends Int32Array | Float64Array>(out: T, values: ArrayLike<unknown>): T {
  for (let i = 0; i < values.length; i++) if (!isNull(values[i])) out[i] = Number(values[i]);
  return out;
}

function boolData(values: ArrayLike<unknown>, rows: number): Data<Bool> {
  const bits = new Uint8Array((rows + 7) >> 3);
  for (let i = 0; i < values.length; i++) if (!isNull(values[i]) && values[i]) bits[i >> 3]! |= 1 << (i & 7);
  return makeData({ type: new Bool(), length: rows, data: bits, ...validity(values, rows) });
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function textOf(v: unknown): string {
  return v instanceof Uint8Array ? decoder.decode(v) : String(v);
}

/**
 * A text column as an Arrow dictionary when its values repeat (hyparquet hands back the same object for every
 * use of a Parquet dictionary entry), else as plain UTF-8. Repeated long text (a sentence per quantity)
 * would otherwise be copied once per row into the buffer, the IPC stream and the engine.
 */
function textData(
  values: ArrayLike<unknown>,
  rows: number,
  toText: (v: unknown) => string,
): Data<Utf8 | Dictionary<Utf8, Int32>> {
  const index = new Map<unknown, number>();
  const keys = new Int32Array(rows);
  const uniques: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isNull(v)) continue;
    let k = index.get(v);
    if (k === undefined) index.set(v, (k = uniques.push(v) - 1));
    keys[i] = k;
    if (uniques.length > rows / 2) return utf8Data(values, rows, toText);
  }
  const dictionary = makeVector(utf8Data(uniques, uniques.length, toText));
  return makeData({
    type: new Dictionary(new Utf8(), new Int32()),
    length: rows,
    data: keys,
    dictionary,
    ...validity(values, rows),
  });
}

/**
 * Packs text values into one UTF-8 buffer with offsets. Byte arrays (hyparquet with utf8 off) are copied as
 * they are; other values are encoded once per distinct value, since dictionary-encoded columns repeat them.
 */
function utf8Data(values: ArrayLike<unknown>, rows: number, toText: (v: unknown) => string): Data<Utf8> {
  const bytes: (Uint8Array | null)[] = new Array(rows).fill(null);
  const encoded = new Map<unknown, Uint8Array>();
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (isNull(v)) continue;
    let b = v instanceof Uint8Array && toText === textOf ? v : encoded.get(v);
    if (!b) encoded.set(v, (b = encoder.encode(toText(v))));
    bytes[i] = b;
    total += b.length;
  }
  const data = new Uint8Array(total);
  const valueOffsets = new Int32Array(rows + 1);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    const b = bytes[i];
    if (b) {
      data.set(b, at);
      at += b.length;
    }
    valueOffsets[i + 1] = at;
  }
  return makeData({ type: new Utf8(), length: rows, data, valueOffsets, ...validity(values, rows) });
}

/** Normalises one column's decoded values to plain JavaScript values of its manifest type. */
export function toValues(type: ColumnType, values: ArrayLike<unknown> | undefined): unknown[] {
  const convert = CONVERTERS[type];
  return Array.from(values ?? [], (v) => (isNull(v) ? null : convert(v)));
}

const CONVERTERS: Record<ColumnType, (v: unknown) => unknown> = {
  VARCHAR: textOf,
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
