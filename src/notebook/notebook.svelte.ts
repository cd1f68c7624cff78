import type { ChartSpec } from '../charts/spec';
import { suggestChart } from '../charts/suggestChart';
import { toQueryErrorInfo } from '../db/queryError';
import type { DbClient, QueryErrorInfo, QueryResult } from '../db/types';
import type { Cell, ChartCell, NotebookDoc, SqlCell } from './types';

export type CellStatus = 'idle' | 'queued' | 'running' | 'done' | 'error';

/** What the last run of a SQL cell produced. */
export interface CellRun {
  status: CellStatus;
  result: QueryResult | null;
  error: QueryErrorInfo | null;
  /** True while `result` is the build's precomputed result, shown until the engine has run the cell. */
  precomputed?: boolean;
  /** The engine's time for this run when `result` is the precomputed result it confirmed (kept, not redrawn). */
  durationMs?: number;
}

const IDLE: CellRun = { status: 'idle', result: null, error: null };
const EMPTY_SPEC: ChartSpec = { mark: 'bar', x: null, y: null, color: null, facet: null };

export interface NotebookOptions {
  /** Rows kept per result for the grid, charts and downloads; more are counted. */
  maxRows?: number;
}

/** The notebook being edited: its cells in order and the latest run of each SQL cell. No DOM. */
export class Notebook {
  title = $state('');
  cells = $state<Cell[]>([]);
  dataVersion = $state<string | null>(null);
  /** Replaced, never mutated: results can hold 100k rows and must not become deep proxies. */
  runs = $state.raw<Record<string, CellRun>>({});

  #db: DbClient | null;
  #maxRows: number;
  // Bookkeeping of which run is current, never shown: a plain Map on purpose.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #generation = new Map<string, number>();
  #nextId = 1;

  constructor(db: DbClient | null, doc: NotebookDoc, options: NotebookOptions = {}) {
    this.#db = db;
    this.#maxRows = options.maxRows ?? 100_000;
    this.load(doc);
  }

  /** Replaces the whole notebook (a share link, the default notebook); clears every result. */
  load(doc: NotebookDoc): void {
    this.title = doc.title;
    this.cells = structuredClone(doc.cells);
    this.dataVersion = doc.dataVersion;
    this.runs = {};
    this.#generation.clear();
  }

  /** Returns the notebook as plain data: what a share link carries. */
  toDoc(): NotebookDoc {
    return { title: this.title, cells: $state.snapshot(this.cells) as Cell[], dataVersion: this.dataVersion };
  }

  /** Gives the engine to a notebook created before the data was ready. */
  attach(db: DbClient): void {
    this.#db = db;
  }

  /**
   * Shows results the build computed for SQL cells that have not run yet, keyed by their exact SQL text.
   * They stay queued: the engine's own result replaces them when it runs the cell.
   */
  showPrecomputed(results: Record<string, QueryResult>): void {
    const early = this.sqlCells.filter((c) => this.runOf(c.id).status === 'idle' && Object.hasOwn(results, c.sql));
    if (!early.length) return;
    const runs = { ...this.runs };
    for (const c of early) runs[c.id] = { status: 'queued', result: results[c.sql]!, error: null, precomputed: true };
    this.runs = runs;
  }

  /** Returns the latest run of a cell (idle when never run). */
  runOf(id: string): CellRun {
    return this.runs[id] ?? IDLE;
  }

  /** Returns the run a chart draws: that of its source SQL cell. */
  sourceRun(chart: ChartCell): CellRun {
    return this.runOf(chart.source);
  }

  /** Returns the SQL cells, in order, for a chart's source picker. */
  get sqlCells(): SqlCell[] {
    return this.cells.filter((c): c is SqlCell => c.type === 'sql');
  }

  /** Adds a cell after `after` (or at the end) and returns its id. */
  add(type: Cell['type'], after?: string, init: Partial<Omit<Cell, 'id' | 'type'>> = {}): string {
    const id = this.#newId();
    const index = after === undefined ? this.cells.length : this.#indexOf(after) + 1;
    const cell = { ...this.#blank(type, id, index), ...init } as Cell;
    this.cells.splice(index, 0, cell);
    return id;
  }

  /** Changes a SQL cell's text. */
  setSql(id: string, sql: string): void {
    const cell = this.#find(id);
    if (cell?.type === 'sql') cell.sql = sql;
  }

  /** Changes a note cell's Markdown. */
  setMarkdown(id: string, markdown: string): void {
    const cell = this.#find(id);
    if (cell?.type === 'note') cell.markdown = markdown;
  }

  /** Changes a chart's settings. */
  setSpec(id: string, spec: ChartSpec): void {
    const cell = this.#find(id);
    if (cell?.type === 'chart') cell.spec = { ...spec };
  }

  /** Points a chart at another SQL cell. */
  setSource(id: string, source: string): void {
    const cell = this.#find(id);
    if (cell?.type === 'chart') cell.source = source;
  }

  /** Moves a cell one place up (-1) or down (+1); does nothing at the ends. */
  move(id: string, delta: -1 | 1): void {
    const from = this.#indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.cells.length) return;
    const [cell] = this.cells.splice(from, 1);
    this.cells.splice(to, 0, cell!);
  }

  /** Deletes a cell and its result. */
  remove(id: string): void {
    const index = this.#indexOf(id);
    if (index < 0) return;
    this.cells.splice(index, 1);
    const { [id]: _dropped, ...rest } = this.runs;
    this.runs = rest;
  }

  /** Runs one cell: a SQL cell queries the engine; a chart runs its source if that has not run yet. */
  async run(id: string): Promise<void> {
    const cell = this.#find(id);
    if (cell?.type === 'sql') return this.#runSql(cell.id, cell.sql);
    if (cell?.type === 'chart' && this.runOf(cell.source).status === 'idle') return this.run(cell.source);
  }

  /** Runs every SQL cell in order; charts follow their sources. */
  async runAll(): Promise<void> {
    const ids = this.sqlCells.map((c) => c.id);
    for (const id of ids) this.#setRun(id, { ...this.runOf(id), status: 'queued' });
    for (const id of ids) await this.run(id);
  }

  /** Adds a SQL cell at the end and runs it; returns its id. */
  async addQuery(sql: string, title?: string): Promise<string> {
    const id = this.add('sql', undefined, title ? { sql, title } : { sql });
    await this.run(id);
    return id;
  }

  /** Cancels the query in flight. */
  async cancel(): Promise<void> {
    await this.#db?.cancel();
  }

  async #runSql(id: string, sql: string): Promise<void> {
    // Before the engine is attached a run waits in the queue; runAll() after attach() runs it.
    const db = this.#db;
    if (!db) return this.#setRun(id, { ...this.runOf(id), status: 'queued' });
    const generation = (this.#generation.get(id) ?? 0) + 1;
    this.#generation.set(id, generation);
    const previous = this.runOf(id);
    this.#setRun(id, { ...previous, status: 'running' });
    const start = performance.now();
    const outcome = await this.#query(db, sql);
    performance.measure?.(`cell:${id}`, { start, end: performance.now() });
    if (this.#generation.get(id) !== generation || !this.#find(id)) return;
    this.#setRun(id, keepConfirmed(previous, outcome));
  }

  async #query(db: DbClient, sql: string): Promise<CellRun> {
    if (!sql.trim()) return { status: 'done', result: null, error: null };
    try {
      return { status: 'done', result: await db.query(sql, { maxRows: this.#maxRows }), error: null };
    } catch (error) {
      return { status: 'error', result: null, error: toQueryErrorInfo(error) };
    }
  }

  #setRun(id: string, run: CellRun): void {
    this.runs = { ...this.runs, [id]: run };
  }

  #blank(type: Cell['type'], id: string, index: number): Cell {
    if (type === 'sql') return { id, type, sql: '' };
    if (type === 'note') return { id, type, markdown: '' };
    const source = this.cells.slice(0, index).findLast((c) => c.type === 'sql')?.id ?? this.sqlCells[0]?.id ?? '';
    const result = this.runOf(source).result;
    return { id, type, source, spec: result?.columns.length ? suggestChart(result) : { ...EMPTY_SPEC } };
  }

  #newId(): string {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
    const taken = new Set(this.cells.map((c) => c.id));
    while (taken.has(`c${this.#nextId}`)) this.#nextId += 1;
    return `c${this.#nextId++}`;
  }

  #find(id: string): Cell | undefined {
    return this.cells.find((c) => c.id === id);
  }

  #indexOf(id: string): number {
    return this.cells.findIndex((c) => c.id === id);
  }
}

/**
 * Returns the run to show: when the engine's result equals the precomputed one on screen, the same result object
 * is kept, so charts and grids that draw it see no change and are not drawn a second time.
 */
function keepConfirmed(previous: CellRun, outcome: CellRun): CellRun {
  const shown = previous.precomputed ? previous.result : null;
  const live = outcome.result;
  if (!shown || !live || outcome.status !== 'done' || !sameResult(shown, live)) return outcome;
  return { status: 'done', result: shown, error: null, durationMs: live.durationMs };
}

/** True when two results have the same columns and the same rows, value for value. */
export function sameResult(a: QueryResult, b: QueryResult): boolean {
  if (
    a.rowCount !== b.rowCount ||
    a.truncated !== b.truncated ||
    a.rows.length !== b.rows.length ||
    a.columns.length !== b.columns.length
  )
    return false;
  if (a.columns.some((c, i) => c.name !== b.columns[i]!.name || c.type !== b.columns[i]!.type)) return false;
  return a.rows.every((row, r) => {
    const other = b.rows[r]!;
    return row.length === other.length && row.every((v, c) => Object.is(v, other[c]));
  });
}
