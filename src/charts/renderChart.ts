import * as Plot from '@observablehq/plot';
import type { QueryResult } from '../db/types';
import type { ChartSpec } from './spec';
import { toPlotOptions, type ChartOptions } from './toPlotOptions';
import { CHART_FONT_FAMILY } from './chartFont';

/** Draws a chart spec over a query result as a Plot element (SVG, or a figure with legend and caption). */
export function renderChart(
  spec: ChartSpec,
  result: QueryResult | null,
  document?: Document,
  options: ChartOptions = {},
): SVGSVGElement | HTMLElement {
  const plotOptions = toPlotOptions(spec, result, options);
  const element = Plot.plot(document ? { ...plotOptions, document } : plotOptions) as SVGSVGElement | HTMLElement;
  // Plot writes font-family="system-ui" on every SVG root (legends too); CJK needs the stack there, and in exports.
  for (const svg of svgRoots(element)) svg.setAttribute('font-family', CHART_FONT_FAMILY);
  return element;
}

function svgRoots(element: Element): Element[] {
  const inner = [...element.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  return element.tagName.toLowerCase() === 'svg' ? [element, ...inner] : inner;
}
