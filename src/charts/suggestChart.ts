import type { QueryResult } from '../db/types';
import type { ChartSpec } from './spec';
import { columnRole, isYearColumn } from './columnRole';
import { labelWidth } from './labelWidth';

interface Candidate {
  name: string;
  distinct: number;
  /** Widest label, in ems. */
  widest: number;
  /** All distinct labels side by side, in ems. */
  total: number;
  /** True when any label has CJK characters. */
  cjk: boolean;
}

// Where a span sits in its document is rarely what an analyst wants plotted.
const POSITIONAL = /^(line|line_end|char_start|char_end|position|ordinal_num|rank)$/i;
const FEW_COLORS = 10;
const FEW_FACETS = 6;

/**
 * Suggests a first chart for a result: amounts over time as a line; two amounts per row as dots (unless a label
 * names each row, as in an aggregate); by category as bars; across two categories as a heatmap.
 */
export function suggestChart(result: QueryResult): ChartSpec {
  const { temporal, numeric, categorical } = classify(result);
  const value = numeric[0]?.name ?? null;
  if (temporal[0] && value && temporal[0].distinct >= 3) {
    const [color = null, facet = null] = fewValued(categorical, [FEW_COLORS, FEW_FACETS]);
    return { mark: 'line', x: temporal[0].name, y: value, color, facet };
  }
  const labels = temporal[0] ? [temporal[0], ...categorical] : categorical;
  if (numeric.length >= 2 && !(labels[0] && labels[0].distinct === result.rows.length)) {
    const [color = null, facet = null] = fewValued(categorical, [FEW_COLORS, FEW_FACETS]);
    return { mark: 'dot', x: numeric[0]!.name, y: numeric[1]!.name, color, facet };
  }
  if (labels.length >= 2 && value) return heatmap(labels, value);
  if (labels[0] && value) return bar(labels[0], value);
  if (labels[0]) return bar(labels[0], null);
  return { mark: value ? 'dot' : 'bar', x: value, y: null, color: null, facet: null };
}

function classify(result: QueryResult) {
  const temporal: Candidate[] = [];
  const numbers: Candidate[] = [];
  const texts: Candidate[] = [];
  result.columns.forEach((column, i) => {
    const values = result.rows.map((row) => row[i]);
    const role = columnRole(column, values);
    const candidate = describe(column.name, values);
    if (role === 'date' || (role === 'number' && isYearColumn(column, values))) temporal.push(candidate);
    else if (role === 'number') numbers.push(candidate);
    else if (candidate.distinct > 0) texts.push(candidate);
  });
  const numeric = preferring(numbers, (c) => !POSITIONAL.test(c.name));
  const categorical = preferring(texts, (c) => c.distinct <= 50);
  return { temporal, numeric, categorical };
}

function describe(name: string, values: unknown[]): Candidate {
  const distinct = new Set(values.filter((v) => v != null).map(String));
  const widths = [...distinct].map(labelWidth);
  const cjk = [...distinct].some((d) => labelWidth(d) > d.length * 0.6);
  return {
    name,
    distinct: distinct.size,
    widest: Math.max(0, ...widths),
    total: widths.reduce((a, b) => a + b, 0),
    cjk,
  };
}

function preferring(candidates: Candidate[], preferred: (c: Candidate) => boolean): Candidate[] {
  const good = candidates.filter(preferred);
  return good.length ? good : candidates;
}

function bar(label: Candidate, value: string | null): ChartSpec {
  // Long Chinese labels (indicators, titles) read best down the side, not rotated under the axis; 闵行区 fits below.
  const horizontal = (label.cjk && label.widest > 5) || label.widest > 10 || label.total > 40 || label.distinct > 12;
  return horizontal
    ? { mark: 'bar', x: value, y: label.name, color: null, facet: null }
    : { mark: 'bar', x: label.name, y: value, color: null, facet: null };
}

function heatmap(labels: Candidate[], value: string): ChartSpec {
  const [a, b] = [labels[0]!, labels[1]!];
  const [x, y] = a.widest > b.widest || a.distinct > b.distinct ? [b, a] : [a, b];
  const [facet] = fewValued(labels.slice(2), [FEW_FACETS]);
  return { mark: 'cell', x: x.name, y: y.name, color: value, facet: facet ?? null };
}

function fewValued(candidates: Candidate[], limits: number[]): (string | null)[] {
  const pool = [...candidates];
  return limits.map((limit) => {
    const i = pool.findIndex((c) => c.distinct >= 2 && c.distinct <= limit);
    return i < 0 ? null : pool.splice(i, 1)[0]!.name;
  });
}
