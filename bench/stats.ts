/** Median, min and max of a list of measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises measurements; the median of an even count is the mean of the two middle values. */
export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, runs: sorted.length };
}

/** Formats a summary as "median (min–max)" with the given number of decimals. */
export function fmt(s: Summary, digits = 0, unit = ''): string {
  const f = (v: number) => v.toFixed(digits);
  return `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
}
