import type { QueryResult } from '../db/types';

/**
 * data/precomputed.json: results of the default notebook's SQL cells, computed by the build over the same
 * Parquet files, keyed by the exact SQL text. Valid only for the data version it names.
 */
export interface PrecomputedResults {
  format: 1;
  dataVersion: string;
  results: Record<string, QueryResult>;
}

/** Checks the shape of a parsed precomputed.json; returns null when it is not one this app reads. */
export function readPrecomputed(json: unknown): PrecomputedResults | null {
  if (typeof json !== 'object' || json === null) return null;
  const doc = json as Partial<PrecomputedResults>;
  if (
    doc.format !== 1 ||
    typeof doc.dataVersion !== 'string' ||
    typeof doc.results !== 'object' ||
    doc.results === null
  )
    return null;
  const results = Object.entries(doc.results).filter(([, r]) => isResult(r));
  return { format: 1, dataVersion: doc.dataVersion, results: Object.fromEntries(results) };
}

function isResult(r: unknown): r is QueryResult {
  const v = r as Partial<QueryResult> | null;
  return !!v && Array.isArray(v.columns) && Array.isArray(v.rows) && typeof v.rowCount === 'number';
}

/** Returns the precomputed results usable with this data version: all of them, or none. */
export function resultsFor(
  precomputed: PrecomputedResults | null,
  dataVersion: string | null,
): Record<string, QueryResult> {
  return precomputed && dataVersion !== null && precomputed.dataVersion === dataVersion ? precomputed.results : {};
}
