import * as Plot from '@observablehq/plot';
import type { ChartField } from './chartFields';
import { CHART_FONT_SIZE } from './chartFont';
import { labelWidth, truncateLabel } from './labelWidth';
import { formatNumber } from './formatNumber';

/** Longest tick label drawn before it is cut with …; the full text stays in a tooltip. */
export const MAX_LABEL_EM = { y: 14, x: 10 } as const;

/** What one position axis contributes to the plot: scale options, an explicit axis mark, and margin. */
export interface AxisLayout {
  scale: Plot.ScaleOptions;
  marks: Plot.Markish[];
  /** Pixels the tick labels need beside (y) or below (x) the frame. */
  margin: number;
}

/** Lays out an axis for a field: ordinal labels in query order, truncated with tooltips; amounts with readable ticks. */
export function axisLayout(
  axis: 'x' | 'y',
  field: ChartField | null,
  ordinal: boolean,
  lang: 'zh' | 'en',
  plotWidth: number,
): AxisLayout {
  if (!field) return { scale: {}, marks: [], margin: axis === 'y' ? 40 : 30 };
  return ordinal ? ordinalAxis(axis, field, plotWidth) : continuousAxis(axis, field, lang);
}

function ordinalAxis(axis: 'x' | 'y', field: ChartField, plotWidth: number): AxisLayout {
  const domain = orderedDomain(field);
  const labels = domain.map((d) => tickText(d, field));
  const widest = Math.max(0, ...labels.map(labelWidth));
  const maxEm = MAX_LABEL_EM[axis];
  const tickFormat = (d: unknown) => truncateLabel(tickText(d, field), maxEm);
  const title = (d: unknown) => tickText(d, field);
  if (axis === 'y') {
    const margin = Math.ceil(Math.min(widest, maxEm) * CHART_FONT_SIZE) + 14;
    return { scale: { domain }, marks: [Plot.axisY({ tickFormat, title, labelAnchor: 'top' })], margin };
  }
  const crowded = widest * CHART_FONT_SIZE > (plotWidth / Math.max(1, domain.length)) * 0.9;
  const tickRotate = crowded ? -35 : 0;
  const margin = crowded ? Math.ceil(Math.min(widest, maxEm) * CHART_FONT_SIZE * 0.6) + 34 : 34;
  return {
    scale: { domain },
    marks: [Plot.axisX({ tickFormat, title, tickRotate, textAnchor: crowded ? 'end' : 'middle' })],
    margin,
  };
}

function continuousAxis(axis: 'x' | 'y', field: ChartField, lang: 'zh' | 'en'): AxisLayout {
  if (field.role === 'date') return { scale: { type: 'utc' }, marks: [], margin: axis === 'y' ? 60 : 30 };
  const maxAbs = Math.max(0, ...field.distinct.map((d) => Math.abs(Number(d))));
  const tickFormat = field.year ? (d: number) => String(d) : formatNumber(maxAbs, lang);
  const widest = Math.max(2, ...field.distinct.map((d) => tickFormat(Number(d)).length));
  const margin = axis === 'y' ? Math.ceil(widest * CHART_FONT_SIZE * 0.6) + 16 : 34;
  return { scale: { tickFormat, grid: true, ...(field.year ? { ticks: yearTicks(field) } : {}) }, marks: [], margin };
}

function orderedDomain(field: ChartField): (number | Date | string)[] {
  if (field.role === 'text') return field.distinct;
  return [...field.distinct].sort((a, b) => Number(a) - Number(b));
}

function tickText(d: unknown, field: ChartField): string {
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return field.year || typeof d !== 'number' ? String(d) : d.toLocaleString('en-US');
}

// Whole years only: a line over 2019–2023 should not tick at 2,019.5.
function yearTicks(field: ChartField): number[] {
  const years = field.distinct.map(Number);
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  const step = Math.max(1, Math.ceil((hi - lo + 1) / 10));
  const ticks: number[] = [];
  for (let y = lo; y <= hi; y += step) ticks.push(y);
  return ticks;
}
