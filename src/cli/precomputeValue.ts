import { DuckDBDateValue, DuckDBDecimalValue, type DuckDBType, DuckDBTypeId, type DuckDBValue } from '@duckdb/node-api';

/**
 * Node DuckDB values turned into the plain values the browser client gives (src/db/toPlain.ts reads them
 * from DuckDB-WASM's Arrow), so a precomputed result equals the live one. Only scalar types whose Arrow
 * form is known are converted; a result with any other column type is not precomputed.
 */

type Convert = (v: DuckDBValue) => unknown;

const bigintPlain: Convert = (v) => (Number.isSafeInteger(Number(v)) ? Number(v) : String(v));
const same: Convert = (v) => v;

// DuckDB-WASM sends HUGEINT as Arrow Decimal(38,0); the browser reads every decimal as a number.
const decimalPlain: Convert = (v) =>
  v instanceof DuckDBDecimalValue ? Number(String(v.value)) / 10 ** v.scale : Number(v);

const SCALARS: Partial<Record<DuckDBTypeId, { name: (t: DuckDBType) => string; convert: Convert }>> = {
  [DuckDBTypeId.BOOLEAN]: { name: () => 'BOOLEAN', convert: same },
  [DuckDBTypeId.TINYINT]: { name: () => 'TINYINT', convert: same },
  [DuckDBTypeId.SMALLINT]: { name: () => 'SMALLINT', convert: same },
  [DuckDBTypeId.INTEGER]: { name: () => 'INTEGER', convert: same },
  [DuckDBTypeId.BIGINT]: { name: () => 'BIGINT', convert: bigintPlain },
  [DuckDBTypeId.UTINYINT]: { name: () => 'UTINYINT', convert: same },
  [DuckDBTypeId.USMALLINT]: { name: () => 'USMALLINT', convert: same },
  [DuckDBTypeId.UINTEGER]: { name: () => 'UINTEGER', convert: same },
  [DuckDBTypeId.UBIGINT]: { name: () => 'UBIGINT', convert: bigintPlain },
  [DuckDBTypeId.FLOAT]: { name: () => 'FLOAT', convert: same },
  [DuckDBTypeId.DOUBLE]: { name: () => 'DOUBLE', convert: same },
  [DuckDBTypeId.HUGEINT]: { name: () => 'DECIMAL(38,0)', convert: decimalPlain },
  [DuckDBTypeId.DECIMAL]: { name: (t) => t.toString().replace(/\s+/g, ''), convert: decimalPlain },
  [DuckDBTypeId.VARCHAR]: { name: () => 'VARCHAR', convert: same },
  [DuckDBTypeId.DATE]: {
    name: () => 'DATE',
    convert: (v) => (v instanceof DuckDBDateValue ? v.toString() : String(v)),
  },
};

/** Returns the browser's name for a column type and a converter for its values, or null when not supported. */
export function plainColumn(type: DuckDBType): { name: string; convert: (v: DuckDBValue) => unknown } | null {
  const scalar = SCALARS[type.typeId];
  if (!scalar) return null;
  const { name, convert } = scalar;
  return { name: name(type), convert: (v) => (v === null || v === undefined ? null : convert(v)) };
}
