import type { ChartSpec } from '../charts/spec';

/** The notebook as data: what a share link carries and what the state class edits. */
export interface SqlCell {
  id: string;
  type: 'sql';
  sql: string;
  /** Optional name other cells (charts) refer to. */
  title?: string;
}

export interface ChartCell {
  id: string;
  type: 'chart';
  /** id of the SQL cell whose result the chart draws. */
  source: string;
  spec: ChartSpec;
}

export interface NoteCell {
  id: string;
  type: 'note';
  markdown: string;
}

export type Cell = SqlCell | ChartCell | NoteCell;

export interface NotebookDoc {
  title: string;
  cells: Cell[];
  /** manifest.version of the data the notebook was made on. */
  dataVersion: string | null;
}
