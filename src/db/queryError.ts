import type { QueryErrorInfo } from './types';

/** The error a DbClient rejects with: a QueryErrorInfo that is also an Error. */
export class QueryError extends Error implements QueryErrorInfo {
  readonly position: number | null;
  constructor(info: QueryErrorInfo) {
    super(info.message);
    this.name = 'QueryError';
    this.position = info.position;
  }
}

/** Reads a QueryErrorInfo out of anything a query rejected with. */
export function toQueryErrorInfo(error: unknown): QueryErrorInfo {
  if (error instanceof QueryError) return { message: error.message, position: error.position };
  return { message: error instanceof Error ? error.message : String(error), position: null };
}
