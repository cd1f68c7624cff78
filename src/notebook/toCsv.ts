import type { QueryResult } from '../db/types';

/** Writes a result as CSV (RFC 4180, CRLF line ends, UTF-8 BOM so spreadsheet programs read the Chinese). */
export function toCsv(result: Pick<QueryResult, 'columns' | 'rows'>): string {
  const lines = [result.columns.map((c) => quote(c.name)), ...result.rows.map((row) => row.map(quote))];
  return '\uFEFF' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function quote(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
