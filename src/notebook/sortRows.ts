export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Compares two cell values: numbers by value, text by Chinese collation, NULL after everything. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/** Returns the rows sorted by one column (a new array; stable; NULLs last in both directions). */
export function sortRows(rows: unknown[][], column: number, direction: SortDirection): unknown[][] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[column];
      const y = b.row[column];
      if (x == null || y == null) return compareValues(x, y) || a.index - b.index;
      return sign * compareValues(x, y) || a.index - b.index;
    })
    .map((e) => e.row);
}
