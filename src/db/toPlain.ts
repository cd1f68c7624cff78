import { DataType, type Field, Type } from 'apache-arrow';

/** Names an Arrow column's type the way DuckDB names it (VARCHAR, BIGINT, DATE, …). */
export function duckTypeName(type: DataType): string {
  if (DataType.isInt(type)) return intName(type.bitWidth, type.isSigned);
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  const names: Partial<Record<Type, string>> = {
    [Type.Utf8]: 'VARCHAR',
    [Type.LargeUtf8]: 'VARCHAR',
    [Type.Bool]: 'BOOLEAN',
    [Type.Date]: 'DATE',
    [Type.Timestamp]: 'TIMESTAMP',
    [Type.Time]: 'TIME',
    [Type.Interval]: 'INTERVAL',
    [Type.Binary]: 'BLOB',
    [Type.List]: 'LIST',
    [Type.Struct]: 'STRUCT',
    [Type.Map]: 'MAP',
    [Type.Null]: 'NULL',
  };
  return names[type.typeId] ?? String(type);
}

function intName(bits: number, signed: boolean): string {
  const base =
    ({ 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' } as Record<number, string>)[bits] ?? 'BIGINT';
  return signed ? base : `U${base}`;
}

/** What plainRows reads: an Arrow RecordBatch or Table. */
export interface ArrowRows {
  schema: { fields: Field[] };
  numRows: number;
  getChildAt(index: number): { get(row: number): unknown } | null;
}

/** Converts the first `limit` rows of an Arrow batch or table to plain row arrays, column by column type. */
export function plainRows(batch: ArrowRows, limit = batch.numRows): unknown[][] {
  const converters = batch.schema.fields.map(plainConverter);
  const vectors = batch.schema.fields.map((_, i) => batch.getChildAt(i));
  const n = Math.min(limit, batch.numRows);
  const rows: unknown[][] = new Array(n);
  for (let r = 0; r < n; r++) rows[r] = vectors.map((v, c) => converters[c]!(v?.get(r)));
  return rows;
}

/** Returns a converter from an Arrow value of this field to a plain value (string, number, boolean, null). */
export function plainConverter(field: Field): (value: unknown) => unknown {
  const type = field.type as DataType;
  if (DataType.isDate(type)) return (v) => (v == null ? null : isoDate(v));
  if (DataType.isTimestamp(type))
    return (v) =>
      v == null
        ? null
        : new Date(Number(v))
            .toISOString()
            .replace('T', ' ')
            .replace(/\.000Z$|Z$/, '');
  if (DataType.isDecimal(type)) return (v) => (v == null ? null : decimalToNumber(v, type.scale));
  return toPlainValue;
}

function isoDate(v: unknown): string {
  const ms = v instanceof Date ? v.getTime() : Number(v);
  return new Date(ms).toISOString().slice(0, 10);
}

function decimalToNumber(v: unknown, scale: number): number {
  // Arrow 17 hands decimals back as a Uint32Array-backed word array; its string form is the unscaled integer.
  const unscaled = Number(String(v));
  return unscaled / 10 ** scale;
}

/** Turns any Arrow value into something JSON and the grid understand: BIGINT → number when safe, else string. */
export function toPlainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return `\\x${Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  if (typeof v === 'object' && 'toJSON' in v && typeof v.toJSON === 'function')
    return JSON.stringify(v.toJSON(), bigintReplacer);
  return String(v);
}

function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}
