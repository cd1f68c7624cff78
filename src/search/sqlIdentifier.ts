// Lowercase names of letters, digits and _ that are not keywords can stand bare; anything else is quoted.
const BARE = /^[a-z_][a-z0-9_]*$/;
const RESERVED = new Set([
  'all',
  'and',
  'as',
  'by',
  'case',
  'from',
  'group',
  'order',
  'select',
  'table',
  'to',
  'where',
  'rank',
  'year',
  'line',
  'text',
  'kind',
  'position',
  'value',
  'rows',
  'result',
]);

/** Quotes a table or column name for DuckDB when it needs it (capitals, spaces, CJK, keywords); doubles inner quotes. */
export function sqlIdentifier(name: string): string {
  if (name === '') throw new RangeError('A table or column name cannot be empty.');
  return BARE.test(name) && !RESERVED.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}
