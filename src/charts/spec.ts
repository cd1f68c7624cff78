/** A chart as plain JSON: small enough to live in a share link, turned into a Plot element by charts/. */
export type ChartMark = 'bar' | 'line' | 'dot' | 'area' | 'cell';

export interface ChartSpec {
  mark: ChartMark;
  /** Column names from the source cell's result; null when unset. */
  x: string | null;
  y: string | null;
  color: string | null;
  facet: string | null;
  title?: string;
}
