/** Splits a search on whitespace (ASCII and the ideographic space U+3000), dropping repeats; every term must match. */
export function tokenizeQuery(query: string): string[] {
  return [...new Set(query.split(/[\s\u3000]+/u).filter((t) => t !== ''))];
}
