import type { ColumnInfo } from '../db/types';

/** How a chart reads a column: an amount, a point in time, or a label. */
export type ColumnRole = 'number' | 'date' | 'text';

const NUMERIC_TYPE =
  /^(U?(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT)|INT\d*|FLOAT\d*|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i;
const TEMPORAL_TYPE = /^(DATE|TIMESTAMP)/i;

/** Returns the role of a result column from its DuckDB type, or from its values when the type says nothing. */
export function columnRole(column: ColumnInfo, values: readonly unknown[]): ColumnRole {
  if (NUMERIC_TYPE.test(column.type)) return 'number';
  if (TEMPORAL_TYPE.test(column.type)) return 'date';
  if (column.type && column.type.toUpperCase() !== 'NULL') return 'text';
  const present = values.filter((v) => v != null);
  return present.length > 0 && present.every((v) => typeof v === 'number') ? 'number' : 'text';
}

/** Tests whether every present value is a whole number between 1900 and 2100, i.e. reads as a calendar year. */
export function isYearValues(values: readonly unknown[]): boolean {
  const present = values.filter((v) => v != null).map(Number);
  return present.length > 0 && present.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
}

/** Tests whether a column is a year: named like one (year, 年) and holding only year-like numbers. */
export function isYearColumn(column: ColumnInfo, values: readonly unknown[]): boolean {
  return /(^|_)(year|yr)s?$|年/i.test(column.name) && isYearValues(values);
}
