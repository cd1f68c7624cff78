import { sqlString } from './sqlString';

/** Builds `expr ILIKE '%term%' ESCAPE '\'` with the term's own %, _ and \ escaped, so they match literally. */
export function likeContains(expr: string, term: string): string {
  const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
  return `${expr} ILIKE ${sqlString(pattern)} ESCAPE '\\'`;
}
