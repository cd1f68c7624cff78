import * as Plot from '@observablehq/plot';
import type { QueryResult } from '../db/types';
import type { ChartSpec } from './spec';
import { ChartError } from './ChartError';
import { chartFields, type ChartFields } from './chartFields';
import { chartMarks } from './chartMarks';
import { axisLayout } from './axisLayout';
import { CHART_FONT_FAMILY, CHART_FONT_SIZE } from './chartFont';
import { chartCaption } from './chartCaption';

/** Options for drawing: the reader's language (captions, number format) and the chart's width in pixels. */
export interface ChartOptions {
  lang?: 'zh' | 'en';
  width?: number;
}

/** More facets than this make panels too small to read; the reader should pick a coarser column. */
export const MAX_FACETS = 24;

const ROW_HEIGHT = 26;

/** Turns a chart spec and a query result into Plot options; throws ChartError with a reason the reader can fix. */
export function toPlotOptions(
  spec: ChartSpec,
  result: QueryResult | null,
  options: ChartOptions = {},
): Plot.PlotOptions {
  const { lang = 'zh', width = 640 } = options;
  const fields = chartFields(spec, result);
  if (fields.records.length === 0) throw new ChartError('no-rows', 'The result has no rows with values to draw.');
  checkFacet(fields);
  const layout = chartMarks(spec.mark, fields);
  const x = axisLayout('x', fields.x, layout.ordinalX, lang, width);
  const y = axisLayout('y', fields.y, layout.ordinalY, lang, width);
  const facetDomain = fields.facet?.distinct;
  return {
    width,
    height: chartHeight(fields, layout.ordinalY, layout.facetChannel, x.margin),
    marginTop: spec.mark === 'bar' || layout.ordinalY ? 30 : 24,
    marginLeft: y.margin,
    marginBottom: x.margin,
    marginRight: layout.facetChannel === 'fy' && fields.facet ? 80 : 20,
    x: { ...x.scale, ...(layout.ordinalX ? { padding: 0.15 } : {}) },
    y: { ...y.scale, ...(layout.ordinalY ? { padding: 0.15 } : {}) },
    ...(facetDomain ? { [layout.facetChannel]: { domain: facetDomain, label: null } } : {}),
    color: colorOptions(fields, spec),
    style: { fontFamily: CHART_FONT_FAMILY, fontSize: `${CHART_FONT_SIZE}px` },
    ...(spec.title ? { title: spec.title } : {}),
    ...captionOption(chartCaption(result!, fields.dropped, lang)),
    marks: [...layout.marks, ...x.marks, ...y.marks],
  };
}

function checkFacet(fields: ChartFields): void {
  const count = fields.facet?.distinct.length ?? 0;
  if (count <= MAX_FACETS) return;
  const name = fields.facet!.name;
  throw new ChartError('too-many-facets', `"${name}" has ${count} values; facets work up to ${MAX_FACETS}.`, {
    column: name,
    axis: 'facet',
    count,
  });
}

function chartHeight(
  fields: ChartFields,
  ordinalY: boolean,
  facetChannel: 'fx' | 'fy',
  marginBottom: number,
): number | undefined {
  if (!ordinalY) return 360 + marginBottom - 30;
  const rows = fields.y?.distinct.length ?? 1;
  const panels = facetChannel === 'fy' ? (fields.facet?.distinct.length ?? 1) : 1;
  return Math.max(160, rows * panels * ROW_HEIGHT + 40 + marginBottom);
}

function colorOptions(fields: ChartFields, spec: ChartSpec): Plot.ScaleOptions {
  if (!fields.color) return spec.mark === 'cell' ? { legend: true, scheme: 'blues' } : {};
  if (fields.color.role === 'number') return { legend: true, scheme: spec.mark === 'cell' ? 'blues' : 'viridis' };
  return { legend: true, domain: fields.color.distinct };
}

function captionOption(caption: string | null): { caption?: string } {
  return caption ? { caption } : {};
}
