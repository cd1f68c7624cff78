/**
 * Quotes a value as a DuckDB string literal: single quotes doubled, nothing else special (DuckDB strings take
 * backslashes literally). Lone UTF-16 surrogates, which DuckDB rejects as invalid UTF-8, become U+FFFD.
 */
export function sqlString(value: string): string {
  if (value.includes('\0')) throw new RangeError('Text for a query cannot contain a NUL character (\\0).');
  const wellFormed = value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return `'${wellFormed.replaceAll("'", "''")}'`;
}
