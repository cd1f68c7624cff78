import type { ChartMark, ChartSpec } from '../charts/spec';
import type { Cell, NotebookDoc } from '../notebook/types';

const MARKS: readonly ChartMark[] = ['bar', 'line', 'dot', 'area', 'cell'];
const MAX_CELLS = 500;
const MAX_TEXT = 100_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isName = (v: unknown): v is string | null => v === null || isText(v, 1000);

/** Checks untrusted JSON is a NotebookDoc and returns a clean copy (unknown keys dropped), or a reason it is not. */
export function validateDoc(value: unknown): { doc: NotebookDoc } | { error: string } {
  if (!isObj(value)) return { error: 'not a notebook object' };
  if (!isText(value.title, 1000)) return { error: 'title is not text' };
  if (!(value.dataVersion === null || isText(value.dataVersion, 200)))
    return { error: 'dataVersion is not text or null' };
  if (!Array.isArray(value.cells) || value.cells.length > MAX_CELLS)
    return { error: `cells is not a list of at most ${MAX_CELLS}` };
  const cells: Cell[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of value.cells.entries()) {
    const cell = validateCell(raw);
    if (!cell) return { error: `cell ${i + 1} is not a valid cell` };
    if (ids.has(cell.id)) return { error: `cell ${i + 1} repeats the id ${cell.id}` };
    ids.add(cell.id);
    cells.push(cell);
  }
  return { doc: { title: value.title, dataVersion: value.dataVersion, cells } };
}

function validateCell(raw: unknown): Cell | null {
  if (!isObj(raw) || !isText(raw.id, 100) || raw.id === '') return null;
  const { id } = raw;
  if (raw.type === 'sql' && isText(raw.sql) && (raw.title === undefined || isText(raw.title, 1000))) {
    return raw.title === undefined
      ? { id, type: 'sql', sql: raw.sql }
      : { id, type: 'sql', sql: raw.sql, title: raw.title };
  }
  if (raw.type === 'note' && isText(raw.markdown)) return { id, type: 'note', markdown: raw.markdown };
  if (raw.type === 'chart' && isText(raw.source, 100)) {
    const spec = validateSpec(raw.spec);
    return spec ? { id, type: 'chart', source: raw.source, spec } : null;
  }
  return null;
}

function validateSpec(raw: unknown): ChartSpec | null {
  if (!isObj(raw) || !MARKS.includes(raw.mark as ChartMark)) return null;
  const { x = null, y = null, color = null, facet = null, title } = raw;
  if (![x, y, color, facet].every(isName) || !(title === undefined || isText(title, 1000))) return null;
  const spec: ChartSpec = {
    mark: raw.mark as ChartMark,
    x: x as string | null,
    y: y as string | null,
    color: color as string | null,
    facet: facet as string | null,
  };
  return title === undefined ? spec : { ...spec, title: title as string };
}
