import type { ColumnRole } from './columnRole';

/**
 * Returns a value Plot can scale: numbers from BIGINT/DECIMAL strings, Dates from ISO strings or epoch
 * milliseconds, labels as strings; null for anything missing or unreadable.
 */
export function coerceValue(value: unknown, role: ColumnRole): number | Date | string | null {
  if (value == null) return null;
  if (role === 'number') return toNumber(value);
  if (role === 'date') return toDate(value);
  return typeof value === 'string' ? value : String(value);
}

function toNumber(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim() === '' ? NaN : value) : Number(value);
  return Number.isFinite(n) ? n : null;
}

function toDate(value: unknown): Date | null {
  const date =
    value instanceof Date ? value : typeof value === 'number' ? new Date(value) : parseIsoDate(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

// DuckDB prints TIMESTAMP as "2023-05-01 08:00:00"; without a zone it is UTC, as the engine wrote it.
function parseIsoDate(text: string): Date {
  const iso = text.includes(' ') ? text.replace(' ', 'T') : text;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
}
