import { describe, expect, it } from 'vitest';
import { suggestChart } from '../../../src/charts/suggestChart';
import { QueryError } from '../../../src/db/queryError';
import type { DbClient, QueryOptions, QueryResult } from '../../../src/db/types';
import { defaultNotebook } from '../../../src/notebook/defaultNotebook';
import { Notebook } from '../../../src/notebook/notebook.svelte';
import type { NotebookDoc } from '../../../src/notebook/types';

/** A DbClient that answers `SELECT <n>` with one row, and fails on anything containing FORM. */
function fakeDb(log: string[] = []): DbClient {
  return {
    async query(sql: string, options?: QueryOptions): Promise<QueryResult> {
      log.push(`${sql}|${options?.maxRows}`);
      if (sql.includes('FORM'))
        throw new QueryError({
          message: 'Parser Error: syntax error at or near "FORM"',
          position: sql.indexOf('FORM'),
        });
      return {
        columns: [{ name: 'n', type: 'INTEGER' }],
        rows: [[Number(sql.replace(/\D/g, '')) || 0]],
        rowCount: 1,
        truncated: false,
        durationMs: 1,
      };
    },
    async cancel() {},
  };
}

const DOC: NotebookDoc = {
  title: 't',
  dataVersion: 'v',
  cells: [
    { id: 'a', type: 'sql', sql: 'SELECT 1' },
    { id: 'b', type: 'chart', source: 'a', spec: { mark: 'bar', x: 'n', y: null, color: null, facet: null } },
    { id: 'c', type: 'note', markdown: 'hi' },
  ],
};

describe('Notebook', () => {
  it('loads a document and gives it back unchanged', () => {
    expect(new Notebook(null, DOC).toDoc()).toEqual(DOC);
  });

  it('does not share cell objects with the document it loaded', () => {
    const nb = new Notebook(null, DOC);
    nb.setSql('a', 'SELECT 2');
    expect(DOC.cells[0]).toEqual({ id: 'a', type: 'sql', sql: 'SELECT 1' });
  });

  it('adds a cell after another, with a fresh id; a new chart draws the nearest SQL cell above it', () => {
    const nb = new Notebook(null, DOC);
    const id = nb.add('chart', 'c');
    expect(nb.cells.map((c) => c.id)).toEqual(['a', 'b', 'c', id]);
    expect(nb.cells[3]).toMatchObject({ type: 'chart', source: 'a' });
    expect(new Set(nb.cells.map((c) => c.id)).size).toBe(4);
  });

  it('a chart added after a run starts from the suggested chart for that result', async () => {
    const nb = new Notebook(fakeDb(), DOC);
    await nb.run('a');
    const id = nb.add('chart', 'a');
    const chart = nb.cells.find((c) => c.id === id);
    expect(chart?.type === 'chart' && chart.spec).toEqual(suggestChart(nb.runOf('a').result!));
  });

  it('moves cells up and down and ignores moves past the ends', () => {
    const nb = new Notebook(null, DOC);
    nb.move('c', -1);
    expect(nb.cells.map((c) => c.id)).toEqual(['a', 'c', 'b']);
    nb.move('a', -1);
    nb.move('b', 1);
    expect(nb.cells.map((c) => c.id)).toEqual(['a', 'c', 'b']);
  });

  it('deletes a cell and its result', async () => {
    const nb = new Notebook(fakeDb(), DOC);
    await nb.run('a');
    nb.remove('a');
    expect(nb.cells.map((c) => c.id)).toEqual(['b', 'c']);
    expect(nb.runOf('a').status).toBe('idle');
  });

  it("runs a SQL cell and keeps its result; a chart sees its source cell's run", async () => {
    const log: string[] = [];
    const nb = new Notebook(fakeDb(log), DOC, { maxRows: 50 });
    await nb.run('a');
    expect(nb.runOf('a')).toMatchObject({ status: 'done', result: { rows: [[1]] }, error: null });
    expect(nb.sourceRun(nb.cells[1] as Extract<(typeof DOC.cells)[number], { type: 'chart' }>).result?.rows).toEqual([
      [1],
    ]);
    expect(log).toEqual(['SELECT 1|50']);
  });

  it('re-runs after an edit, and the chart follows the new result', async () => {
    const nb = new Notebook(fakeDb(), DOC);
    await nb.run('a');
    nb.setSql('a', 'SELECT 7');
    await nb.run('a');
    expect(nb.runOf('a').result?.rows).toEqual([[7]]);
  });

  it("keeps DuckDB's error and its position when the SQL is wrong", async () => {
    const nb = new Notebook(fakeDb(), { ...DOC, cells: [{ id: 'a', type: 'sql', sql: 'SELECT * FORM x' }] });
    await nb.run('a');
    expect(nb.runOf('a')).toEqual({
      status: 'error',
      result: null,
      error: { message: 'Parser Error: syntax error at or near "FORM"', position: 9 },
    });
  });

  it('runs every SQL cell in order with runAll', async () => {
    const log: string[] = [];
    const nb = new Notebook(fakeDb(log), { ...DOC, cells: [...DOC.cells, { id: 'd', type: 'sql', sql: 'SELECT 4' }] });
    await nb.runAll();
    expect(log.map((l) => l.split('|')[0])).toEqual(['SELECT 1', 'SELECT 4']);
    expect(nb.runOf('d').status).toBe('done');
  });

  it('running a chart runs its source when that has not run yet', async () => {
    const nb = new Notebook(fakeDb(), DOC);
    await nb.run('b');
    expect(nb.runOf('a').status).toBe('done');
  });

  it('queues a cell run before the engine is attached, and runAll after attach runs it', async () => {
    const nb = new Notebook(null, DOC);
    await nb.run('a');
    expect(nb.runOf('a')).toEqual({ status: 'queued', result: null, error: null });
    nb.attach(fakeDb());
    await nb.runAll();
    expect(nb.runOf('a').result?.rows).toEqual([[1]]);
  });

  it('shows a precomputed result for a cell with exactly that SQL, queued, until the engine replaces it', async () => {
    const early = {
      columns: [{ name: 'n', type: 'INTEGER' }],
      rows: [[1]],
      rowCount: 1,
      truncated: false,
      durationMs: 0,
    };
    const nb = new Notebook(null, DOC);
    nb.showPrecomputed({ 'SELECT 1': early, 'SELECT 2': early });
    expect(nb.runOf('a')).toEqual({ status: 'queued', result: early, error: null, precomputed: true });
    nb.attach(fakeDb());
    await nb.runAll();
    expect(nb.runOf('a').status).toBe('done');
    expect(nb.runOf('a').precomputed).toBeUndefined();
  });

  it('does not show a precomputed result for edited SQL or over a live result', async () => {
    const early = { columns: [], rows: [], rowCount: 0, truncated: false, durationMs: 0 };
    const nb = new Notebook(fakeDb(), DOC);
    nb.setSql('a', 'SELECT 1 ');
    nb.showPrecomputed({ 'SELECT 1': early });
    expect(nb.runOf('a').status).toBe('idle');
    nb.setSql('a', 'SELECT 1');
    await nb.run('a');
    nb.showPrecomputed({ 'SELECT 1': early });
    expect(nb.runOf('a').precomputed).toBeUndefined();
  });

  it('keeps only the newest result when a cell is re-run before the first run returns', async () => {
    let release: () => void = () => {};
    const slow: DbClient = {
      query: (sql) =>
        new Promise((resolve) => {
          const result = {
            columns: [{ name: 'n', type: 'INTEGER' }],
            rows: [[sql]],
            rowCount: 1,
            truncated: false,
            durationMs: 1,
          };
          if (sql === 'SELECT 1') release = () => resolve(result);
          else resolve(result);
        }),
      cancel: async () => {},
    };
    const nb = new Notebook(slow, DOC);
    const first = nb.run('a');
    nb.setSql('a', 'SELECT 2');
    await nb.run('a');
    release();
    await first;
    expect(nb.runOf('a').result?.rows).toEqual([['SELECT 2']]);
  });

  it('addQuery appends a SQL cell and runs it', async () => {
    const nb = new Notebook(fakeDb(), DOC);
    const id = await nb.addQuery('SELECT 9', 'search');
    expect(nb.cells.at(-1)).toEqual({ id, type: 'sql', sql: 'SELECT 9', title: 'search' });
    expect(nb.runOf(id).result?.rows).toEqual([[9]]);
  });

  it('the default notebook has a note and a chart for every question, each chart pointing at a SQL cell', () => {
    const doc = defaultNotebook('v1');
    const sqlIds = new Set(doc.cells.filter((c) => c.type === 'sql').map((c) => c.id));
    const charts = doc.cells.filter((c) => c.type === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts) expect(sqlIds.has(chart.source)).toBe(true);
    expect(new Set(doc.cells.map((c) => c.id)).size).toBe(doc.cells.length);
  });
});

describe('Notebook with precomputed results', () => {
  const result = (n: number): QueryResult => ({
    columns: [{ name: 'n', type: 'INTEGER' }],
    rows: [[n]],
    rowCount: 1,
    truncated: false,
    durationMs: 0,
  });

  it("keeps the precomputed result object when the engine returns the same rows, with the engine's time", async () => {
    const nb = new Notebook(null, DOC);
    const early = result(1);
    nb.showPrecomputed({ 'SELECT 1': early });
    nb.attach(fakeDb());
    await nb.runAll();
    const run = nb.runOf('a');
    expect(run.result).toBe(early);
    expect(run).toMatchObject({ status: 'done', durationMs: 1 });
    expect(run.precomputed).toBeUndefined();
  });

  it('replaces the precomputed result when the engine returns other rows', async () => {
    const nb = new Notebook(null, DOC);
    nb.showPrecomputed({ 'SELECT 1': result(7) });
    nb.attach(fakeDb());
    await nb.runAll();
    expect(nb.runOf('a').result?.rows).toEqual([[1]]);
    expect(nb.runOf('a').durationMs).toBeUndefined();
  });
});
