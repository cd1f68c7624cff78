import type { NotebookDoc } from '../../../src/notebook/types';

/** A small notebook with every cell type, traditional and simplified text and inline HTML in its note. */
export const SAMPLE_DOC: NotebookDoc = {
  title: '闵行区 · 就业',
  dataVersion: 'c5ff06950b30ec01',
  cells: [
    { id: 'n', type: 'note', markdown: '## 标题\n*note* <b>ok</b>' },
    { id: 'q', type: 'sql', sql: "SELECT '閔行' AS d, 1 AS n", title: 'q' },
    {
      id: 'c',
      type: 'chart',
      source: 'q',
      spec: { mark: 'bar', x: 'd', y: 'n', color: null, facet: null, title: '图' },
    },
  ],
};
