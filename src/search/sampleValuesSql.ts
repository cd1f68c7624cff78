import { sqlIdentifier } from './sqlIdentifier';
import { sqlString } from './sqlString';

/** Longest sample shown, in characters; passages run to hundreds. */
const SAMPLE_CHARS = 40;

/**
 * Builds one query giving, for each column of a table, its five most frequent non-null values (as a JSON array
 * of strings, cut to 40 characters): rows of (name, samples).
 */
export function sampleValuesSql(table: string, columns: string[], limit = 5): string {
  if (columns.length === 0) throw new RangeError(`Table ${table} has no columns to sample.`);
  const from = sqlIdentifier(table);
  const parts = columns
    .map((column, position) => {
      const col = sqlIdentifier(column);
      const top =
        `SELECT left(${col}::VARCHAR, ${SAMPLE_CHARS}) AS v, count(*) AS n FROM ${from} ` +
        `WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT ${limit}`;
      const samples = `(SELECT to_json(list(v ORDER BY n DESC, v)) FROM (${top}))::VARCHAR`;
      return `  SELECT ${position} AS position, ${sqlString(column)} AS name, ${samples} AS samples`;
    })
    .join('\n  UNION ALL\n');
  return `SELECT name, samples FROM (\n${parts}\n) ORDER BY position`;
}
