import { describe, expect, it } from 'vitest';
import { toPlotOptions } from '../../../src/charts/toPlotOptions';
import { ChartError } from '../../../src/charts/ChartError';
import { renderChart } from '../../../src/charts/renderChart';
import { CHART_FONT_FAMILY } from '../../../src/charts/chartFont';
import type { ChartSpec } from '../../../src/charts/spec';
import { chartDocument } from './chartDocument';
import * as fixtures from './fixtures';

const spec = (s: Partial<ChartSpec> & Pick<ChartSpec, 'mark'>): ChartSpec => ({
  x: null,
  y: null,
  color: null,
  facet: null,
  ...s,
});

function errorOf(fn: () => unknown): ChartError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChartError) return e;
    throw e;
  }
  throw new Error('expected a ChartError');
}

describe('toPlotOptions', () => {
  it('names a column the result lacks, and lists the ones it has', () => {
    const e = errorOf(() => toPlotOptions(spec({ mark: 'bar', x: 'categroy', y: 'n' }), fixtures.quantitiesByCategory));
    expect(e.code).toBe('missing-column');
    expect(e.message).toBe('Column "categroy" (x) is not in the result; it has "category", "n".');
  });

  it('refuses a line whose y holds text', () => {
    const e = errorOf(() =>
      toPlotOptions(spec({ mark: 'line', x: 'year', y: 'district' }), fixtures.jobsByDistrictYear),
    );
    expect(e.code).toBe('needs-numeric');
    expect(e.detail).toMatchObject({ axis: 'y', column: 'district' });
  });

  it('refuses bars over two text columns', () => {
    expect(
      errorOf(() => toPlotOptions(spec({ mark: 'bar', x: 'title', y: 'kind' }), fixtures.documentsByKind)).code,
    ).toBe('needs-numeric');
  });

  it('asks for a result before there is one', () => {
    expect(errorOf(() => toPlotOptions(spec({ mark: 'bar' }), null)).code).toBe('no-result');
  });

  it('widens the left margin for long Chinese labels but caps it', () => {
    const options = toPlotOptions(spec({ mark: 'bar', x: 'amount', y: 'indicator' }), fixtures.fundingByIndicator);
    expect(options.marginLeft).toBeGreaterThan(120);
    expect(options.marginLeft).toBeLessThanOrEqual(14 * 12 + 14);
  });

  it('keeps the query order of categories, not alphabetical', () => {
    const options = toPlotOptions(spec({ mark: 'bar', x: 'category', y: 'n' }), fixtures.quantitiesByCategory);
    expect(options.x?.domain).toEqual(['other', 'gov_services', 'enterprises', 'jobs', 'loans', 'patents']);
  });

  it('says in the caption that a capped result is drawn in part', () => {
    const options = toPlotOptions(spec({ mark: 'bar', x: 'doc_id', y: 'n_repairs' }), fixtures.cappedPassages, {
      lang: 'en',
    });
    expect(options.caption).toBe('First 3 of 1204 rows drawn');
  });
});

describe('renderChart', () => {
  it('sets the CJK font stack on the chart, with tooltips on truncated labels', () => {
    const el = renderChart(
      spec({ mark: 'bar', x: 'amount', y: 'indicator' }),
      fixtures.fundingByIndicator,
      chartDocument(),
    );
    const svg = el.querySelector('svg[class^="plot"]') ?? el;
    expect(svg.getAttribute('font-family')).toBe(CHART_FONT_FAMILY);
    const titles = [...el.querySelectorAll('[aria-label="y-axis tick label"] title')].map((t) => t.textContent);
    expect(titles).toContain('为中小微企业提供融资担保贷款金额');
    expect(el.querySelector('[aria-label="y-axis tick label"]')!.textContent).toContain('为中小微企业提供融资担保贷…');
  });
});
