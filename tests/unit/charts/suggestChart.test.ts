import { describe, expect, it } from 'vitest';
import { suggestChart } from '../../../src/charts/suggestChart';
import type { QueryResult } from '../../../src/db/types';
import * as fixtures from './fixtures';

const result = (columns: [string, string][], rows: unknown[][]): QueryResult => ({
  columns: columns.map(([name, type]) => ({ name, type })),
  rows,
  rowCount: rows.length,
  truncated: false,
  durationMs: 1,
});

describe('suggestChart', () => {
  it('quantities by category (short English keys, BIGINT strings) → vertical bars', () => {
    expect(suggestChart(fixtures.quantitiesByCategory)).toEqual({
      mark: 'bar',
      x: 'category',
      y: 'n',
      color: null,
      facet: null,
    });
  });

  it('amounts by long Chinese indicator → horizontal bars with labels down the side', () => {
    expect(suggestChart(fixtures.fundingByIndicator)).toEqual({
      mark: 'bar',
      x: 'amount',
      y: 'indicator',
      color: null,
      facet: null,
    });
  });

  it('jobs by district and year → a line per district', () => {
    expect(suggestChart(fixtures.jobsByDistrictYear)).toEqual({
      mark: 'line',
      x: 'year',
      y: 'jobs',
      color: 'district',
      facet: null,
    });
  });

  it('documents × kinds with a count → heatmap, long titles on y', () => {
    expect(suggestChart(fixtures.documentsByKind)).toEqual({
      mark: 'cell',
      x: 'kind',
      y: 'title',
      color: 'n',
      facet: null,
    });
  });

  it('two amounts → dots, coloured by a category with few values', () => {
    expect(suggestChart(fixtures.valueVersusNorm)).toEqual({
      mark: 'dot',
      x: 'value',
      y: 'value_norm',
      color: 'unit_class',
      facet: null,
    });
  });

  it('a DATE column and an amount → line over time', () => {
    const r = result(
      [
        ['issue_date', 'DATE'],
        ['n_measures', 'INTEGER'],
      ],
      [
        ['2023-01-05', 31],
        ['2023-03-01', 18],
        ['2023-06-30', 40],
      ],
    );
    expect(suggestChart(r)).toMatchObject({ mark: 'line', x: 'issue_date', y: 'n_measures' });
  });

  it('three categories and an amount → heatmap faceted by the third when it has few values', () => {
    const rows = ['闵行区', '金山区'].flatMap((d) =>
      ['target', 'outcome'].flatMap((k) => ['jobs', 'loans'].map((c) => [d, k, c, 3])),
    );
    const r = result(
      [
        ['category', 'VARCHAR'],
        ['kind', 'VARCHAR'],
        ['district', 'VARCHAR'],
        ['n', 'BIGINT'],
      ],
      rows.map(([d, k, c, n]) => [c, k, d, n]),
    );
    expect(suggestChart(r)).toEqual({ mark: 'cell', x: 'category', y: 'kind', color: 'n', facet: 'district' });
  });

  it('SELECT * FROM quantities: skips positional columns and free text', () => {
    const r = result(
      [
        ['doc_id', 'VARCHAR'],
        ['line', 'INTEGER'],
        ['char_start', 'INTEGER'],
        ['value_norm', 'DOUBLE'],
        ['sentence', 'VARCHAR'],
      ],
      Array.from({ length: 60 }, (_, i) => [String(i % 3).padStart(3, '0'), i, i * 40, i * 100, `句子${i}`]),
    );
    expect(suggestChart(r)).toMatchObject({ mark: 'bar', y: 'value_norm', x: 'doc_id' });
  });

  it('only a category → bars counting rows', () => {
    const r = result([['kind', 'VARCHAR']], [['target'], ['outcome'], ['target']]);
    expect(suggestChart(r)).toEqual({ mark: 'bar', x: 'kind', y: null, color: null, facet: null });
  });

  it('an empty result with no columns → an empty bar spec, not an error', () => {
    expect(suggestChart(result([], []))).toEqual({ mark: 'bar', x: null, y: null, color: null, facet: null });
  });
});
