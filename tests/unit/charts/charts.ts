import type { ChartSpec } from '../../../src/charts/spec';
import { renderChart } from '../../../src/charts/renderChart';
import * as fixtures from './fixtures';

const chart = (spec: Partial<ChartSpec> & Pick<ChartSpec, 'mark'>): ChartSpec => ({
  x: null,
  y: null,
  color: null,
  facet: null,
  ...spec,
});

/** Horizontal bars: long Chinese indicators down the side, 亿/万 on the amount axis, a row without a value left out. */
export function fundingByIndicatorBar(document: Document) {
  return renderChart(chart({ mark: 'bar', x: 'amount', y: 'indicator' }), fixtures.fundingByIndicator, document, {
    lang: 'zh',
  });
}

/** Vertical bars from BIGINT strings, kept in the query's order; the NULL category is left out. */
export function quantitiesByCategoryBar(document: Document) {
  return renderChart(chart({ mark: 'bar', x: 'category', y: 'n' }), fixtures.quantitiesByCategory, document, {
    lang: 'en',
  });
}

/** Lines per district over years, without thousands separators on the years. */
export function jobsByDistrictLine(document: Document) {
  return renderChart(
    chart({ mark: 'line', x: 'year', y: 'jobs', color: 'district' }),
    fixtures.jobsByDistrictYear,
    document,
    { lang: 'zh' },
  );
}

/** A heatmap of documents × kinds of amount, titles truncated with the full title as a tooltip. */
export function documentsByKindCell(document: Document) {
  return renderChart(
    chart({ mark: 'cell', x: 'kind', y: 'title', color: 'n', title: '各文件的数量类型' }),
    fixtures.documentsByKind,
    document,
    { lang: 'zh' },
  );
}

/** Dots of written value against normalised amount, coloured by unit class. */
export function valueVersusNormDot(document: Document) {
  return renderChart(
    chart({ mark: 'dot', x: 'value', y: 'value_norm', color: 'unit_class' }),
    fixtures.valueVersusNorm,
    document,
    { lang: 'en' },
  );
}

/** Stacked areas of jobs per district, faceted by nothing, coloured by district. */
export function jobsByDistrictArea(document: Document) {
  return renderChart(
    chart({ mark: 'area', x: 'year', y: 'jobs', color: 'district' }),
    fixtures.jobsByDistrictYear,
    document,
    { lang: 'en' },
  );
}

/** Bars faceted by district: one panel per district, years as bands. */
export function jobsByYearFacetBar(document: Document) {
  return renderChart(
    chart({ mark: 'bar', x: 'year', y: 'jobs', facet: 'district' }),
    fixtures.jobsByDistrictYear,
    document,
    { lang: 'zh' },
  );
}

/** A capped result says so in the caption. */
export function cappedPassagesBar(document: Document) {
  return renderChart(chart({ mark: 'bar', x: 'doc_id', y: 'n_repairs' }), fixtures.cappedPassages, document, {
    lang: 'zh',
  });
}
