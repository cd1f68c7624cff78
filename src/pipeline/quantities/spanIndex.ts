import type { Span } from '../types';

/** Lookups over spans in document order (sorted by start, as the structure stage emits them). */
export interface SpanIndex<T extends Span> {
  /** The innermost span (latest start; the later one on a tie) that contains [start, end). */
  containing(start: number, end: number): T | undefined;
  /** The position of the last span starting at or before the offset, or -1. */
  lastStartingAt(pos: number): number;
}

/**
 * Indexes spans by start once per document, so each amount or line finds its section, measure or case by
 * binary search instead of a scan of every span. The running maximum of the ends stops the backward walk
 * as soon as no earlier span can reach the range.
 */
export function spanIndex<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  const reach: number[] = [];
  for (const s of spans) reach.push(Math.max(s.charEnd, reach.at(-1) ?? -Infinity));
  const lastStartingAt = (pos: number) => lastAtOrBefore(spans, pos);
  return {
    lastStartingAt,
    containing(start, end) {
      for (let i = lastStartingAt(start); i >= 0 && reach[i]! >= end; i--)
        if (end <= spans[i]!.charEnd) return spans[i];
      return undefined;
    },
  };
}

function lastAtOrBefore(spans: readonly Span[], pos: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.charStart <= pos) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
