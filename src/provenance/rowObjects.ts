import type { QueryResult } from '../db/types';

/** Turns a result's rows into objects keyed by column name. */
export function rowObjects<T = Record<string, unknown>>(result: QueryResult): T[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c.name, row[i]])) as T);
}
