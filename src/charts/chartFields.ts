import type { ColumnInfo, QueryResult } from '../db/types';
import type { ChartSpec } from './spec';
import { ChartError } from './ChartError';
import { coerceValue } from './coerceValue';
import { columnRole, isYearValues, type ColumnRole } from './columnRole';

/** One spec channel bound to a result column, with what the chart needs to know to draw it. */
export interface ChartField {
  name: string;
  role: ColumnRole;
  /** Distinct present values in the order the query returned them. */
  distinct: (number | Date | string)[];
  /** True for whole numbers 1900–2100: drawn as labels without a thousands separator. */
  year: boolean;
}

export interface ChartFields {
  x: ChartField | null;
  y: ChartField | null;
  color: ChartField | null;
  facet: ChartField | null;
  /** One plain object per row, keyed by column name, values coerced for Plot. */
  records: Record<string, unknown>[];
  /** Rows left out because a channel the mark needs was empty. */
  dropped: number;
}

type Channel = 'x' | 'y' | 'color' | 'facet';
const CHANNELS: Channel[] = ['x', 'y', 'color', 'facet'];

/** Binds a spec's channels to the result's columns, coercing values; throws ChartError for a column the result lacks. */
export function chartFields(spec: ChartSpec, result: QueryResult | null): ChartFields {
  if (!result) throw new ChartError('no-result', 'Run the query to get a result to chart.');
  const names = result.columns.map((c) => c.name);
  const roles = result.columns.map((c, i) =>
    columnRole(
      c,
      result.rows.map((row) => row[i]),
    ),
  );
  const bound = CHANNELS.map((channel) => checkColumn(channel, spec[channel], names));
  const all = result.rows.map((row) => toRecord(row, result.columns, roles));
  const required = [bound[0], bound[1]].filter((name): name is string => name != null);
  const records = all.filter((r) => required.every((name) => r[name] != null));
  const field = (name: string | null) => (name == null ? null : toField(name, roles[names.indexOf(name)]!, records));
  const [x, y, color, facet] = bound.map(field);
  return { x: x!, y: y!, color: color!, facet: facet!, records, dropped: all.length - records.length };
}

function checkColumn(channel: Channel, name: string | null, available: string[]): string | null {
  if (name == null || available.includes(name)) return name;
  const list = available.map((n) => `"${n}"`).join(', ');
  const message = `Column "${name}" (${channel}) is not in the result; it has ${list}.`;
  throw new ChartError('missing-column', message, { column: name, axis: channel, available });
}

function toRecord(row: unknown[], columns: ColumnInfo[], roles: ColumnRole[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  columns.forEach((column, i) => (record[column.name] = coerceValue(row[i], roles[i]!)));
  return record;
}

function toField(name: string, role: ColumnRole, records: Record<string, unknown>[]): ChartField {
  const seen = new Map<unknown, number | Date | string>();
  for (const r of records) {
    const v = r[name] as number | Date | string | null;
    if (v != null) seen.set(v instanceof Date ? v.getTime() : v, v);
  }
  const distinct = [...seen.values()];
  return { name, role, distinct, year: role === 'number' && isYearValues(distinct) };
}
