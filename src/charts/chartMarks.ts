import * as Plot from '@observablehq/plot';
import type { ChartMark } from './spec';
import type { ChartFields } from './chartFields';
import { ChartError } from './ChartError';

/** The marks of a chart and which of its position axes are ordinal (labels, not amounts). */
export interface ChartLayout {
  marks: Plot.Markish[];
  ordinalX: boolean;
  ordinalY: boolean;
  /** Facets stack vertically (fy) for horizontal charts, side by side (fx) otherwise. */
  facetChannel: 'fx' | 'fy';
}

/** Builds the Plot marks for a mark type over bound fields; throws ChartError when the mark cannot use them. */
export function chartMarks(mark: ChartMark, fields: ChartFields): ChartLayout {
  if (mark === 'bar') return barLayout(fields);
  if (mark === 'cell') return cellLayout(fields);
  if (mark === 'dot') return dotLayout(fields);
  return seriesLayout(mark, fields);
}

// Plot's first categorical colour, so a one-colour chart matches the first series of a coloured one.
const FILL = '#4269d0';

function common(fields: ChartFields, facetChannel: 'fx' | 'fy') {
  return { tip: true, ...(fields.facet ? { [facetChannel]: fields.facet.name } : {}) };
}

function barLayout(fields: ChartFields): ChartLayout {
  const { x, y, color, records } = fields;
  const fill = color?.name ?? FILL;
  if (y?.role === 'number' && x) {
    return vertical([Plot.barY(records, { x: x.name, y: y.name, fill, ...common(fields, 'fx') }), Plot.ruleY([0])]);
  }
  if (x?.role === 'number' && y) {
    return horizontal([Plot.barX(records, { x: x.name, y: y.name, fill, ...common(fields, 'fy') }), Plot.ruleX([0])]);
  }
  if (x && !y)
    return vertical([
      Plot.barY(records, Plot.groupX({ y: 'count' }, { x: x.name, fill, ...common(fields, 'fx') })),
      Plot.ruleY([0]),
    ]);
  if (y && !x)
    return horizontal([
      Plot.barX(records, Plot.groupY({ x: 'count' }, { y: y.name, fill, ...common(fields, 'fy') })),
      Plot.ruleX([0]),
    ]);
  if (!x && !y) throw needsAxis('bar');
  throw new ChartError(
    'needs-numeric',
    'A bar chart needs a numeric column on x or y (or leave one of them empty to count rows).',
    { mark: 'bar', axis: 'y' },
  );
}

function seriesLayout(mark: 'line' | 'area', fields: ChartFields): ChartLayout {
  const { x, y, color, records } = fields;
  if (!x || !y) throw needsAxis(mark);
  if (y.role !== 'number') {
    throw new ChartError('needs-numeric', `A ${mark} chart needs a numeric y; "${y.name}" holds text.`, {
      mark,
      axis: 'y',
      column: y.name,
    });
  }
  const sort = x.role === 'text' ? undefined : x.name;
  const options = { x: x.name, y: y.name, sort, ...common(fields, 'fx') };
  const marks: Plot.Markish[] =
    mark === 'line'
      ? [
          Plot.lineY(records, { ...options, stroke: color?.name ?? FILL, marker: records.length <= 40 }),
          Plot.ruleY([0]),
        ]
      : [
          Plot.areaY(records, { ...options, fill: color?.name ?? FILL, fillOpacity: color ? 0.85 : 0.6 }),
          Plot.ruleY([0]),
        ];
  return { marks, ordinalX: x.role === 'text', ordinalY: false, facetChannel: 'fx' };
}

function dotLayout(fields: ChartFields): ChartLayout {
  const { x, y, color, records } = fields;
  if (!x && !y) throw needsAxis('dot');
  const options = { x: x?.name, y: y?.name, fill: color?.name ?? FILL, r: 3.5, ...common(fields, 'fx') };
  return {
    marks: [Plot.dot(records, options)],
    ordinalX: x?.role === 'text',
    ordinalY: y?.role === 'text',
    facetChannel: 'fx',
  };
}

function cellLayout(fields: ChartFields): ChartLayout {
  const { x, y, color, records } = fields;
  if (!x || !y) throw needsAxis('cell');
  const cell = color
    ? Plot.cell(records, { x: x.name, y: y.name, fill: color.name, inset: 0.5, ...common(fields, 'fx') })
    : Plot.cell(records, Plot.group({ fill: 'count' }, { x: x.name, y: y.name, inset: 0.5, ...common(fields, 'fx') }));
  return { marks: [cell], ordinalX: true, ordinalY: true, facetChannel: 'fx' };
}

function vertical(marks: Plot.Markish[]): ChartLayout {
  return { marks, ordinalX: true, ordinalY: false, facetChannel: 'fx' };
}

function horizontal(marks: Plot.Markish[]): ChartLayout {
  return { marks, ordinalX: false, ordinalY: true, facetChannel: 'fy' };
}

function needsAxis(mark: ChartMark): ChartError {
  return new ChartError('needs-axis', `A ${mark} chart needs a column on x and on y.`, { mark });
}
