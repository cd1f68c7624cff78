import type { QueryResult } from '../db/types';

/** Estimates a column width in px from its header and first rows (CJK characters count double). */
export function columnWidths(result: Pick<QueryResult, 'columns' | 'rows'>, sample = 200): number[] {
  return result.columns.map((c, i) => {
    let widest = textWidth(c.name) + 3;
    for (const row of result.rows.slice(0, sample)) widest = Math.max(widest, textWidth(formatCell(row[i])));
    // 8.5 px per Latin character at the grid's 14 px font (tabular digits), a CJK character counts two.
    return Math.round(Math.min(420, Math.max(64, widest * 8.5 + 24)));
  });
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/**
 * Formats a value for a grid cell: NULL shown as such, numbers without float noise, and amounts of five
 * digits or more grouped in thousands (10,653,228,000 reads at a glance; years and line numbers stay as they are).
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value !== 'number') return String(value);
  const clean = Number.isInteger(value) ? value : Number(value.toPrecision(12));
  return Math.abs(clean) >= 10_000 ? GROUPED.format(clean) : String(clean);
}

/** Returns the first and last row index to draw for a scroll position, with a few rows either side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 8,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, last];
}
