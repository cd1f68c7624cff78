import type { Cell, NotebookDoc } from './types';

const note = (id: string, markdown: string): Cell => ({ id, type: 'note', markdown });
const sql = (id: string, title: string, text: string): Cell => ({ id, type: 'sql', title, sql: text });
const chart = (id: string, source: string, spec: Partial<Extract<Cell, { type: 'chart' }>['spec']>): Cell => ({
  id,
  type: 'chart',
  source,
  spec: { mark: 'bar', x: null, y: null, color: null, facet: null, ...spec },
});

/**
 * Returns the notebook a first visit opens: an analyst's first questions, each a short query that teaches the
 * schema, with a chart. Every query runs on empty tables too.
 */
export function defaultNotebook(dataVersion: string | null = null): NotebookDoc {
  return { title: '上海营商环境政策 · 初探 First look', dataVersion, cells: CELLS.map((c) => structuredClone(c)) };
}

const CELLS: Cell[] = [
  note(
    'intro',
    `## 上海营商环境政策笔记本
本笔记本在浏览器中用 DuckDB 查询政策文本：每个单元格是一段 SQL，图表画出它的结果。修改查询后按 **Shift+Enter** 重新运行；结果中带 \`doc_id\` 和 \`line\` 的行可点 **出处** 查看原句。

*Each cell is SQL run in your browser; charts draw its result. Edit a query and press Shift+Enter.
Rows with \`doc_id\` and \`line\` open their source sentence.*`,
  ),

  note(
    'docs-note',
    `### 有哪些文件？ What documents are there?
每份文件一行：区、年份、类型、措施数、数量数，以及文本修复情况（\`spans_guessed\` 为推测修复，\`spans_unrepaired\` 为未能修复的乱码）。
*One row per document, with how much of its damaged text was guessed or left unrepaired.*`,
  ),
  sql(
    'docs',
    'documents',
    `SELECT doc_id, district, year, kind, title,
       n_measures, n_quantities,
       spans_guessed, spans_unrepaired
FROM documents
ORDER BY doc_id`,
  ),
  chart('docs-chart', 'docs', {
    x: 'doc_id',
    y: 'n_measures',
    color: 'kind',
    title: '各文件措施数 Measures per document',
  }),

  note(
    'jobs-note',
    `### 就业目标 Jobs targets by district and year
\`quantities\` 表中每个数量一行；\`kind = 'target'\` 是计划目标，\`value_norm\` 已换算成基本单位（个、人、元、天）。目标的单位各不相同（岗位、场次、站点），所以逐条列出而不相加。
*Each jobs target a plan sets, by district and year. Their units differ (jobs, fairs, service points), so they are listed, not summed.*`,
  ),
  sql(
    'jobs',
    'jobs targets',
    `SELECT district || ' ' || year AS plan,
       indicator, quantity_text, value_norm,
       doc_id, line, char_start, char_end
FROM quantities
WHERE category = 'jobs' AND kind = 'target'
ORDER BY district, year, value_norm DESC, doc_id, line, char_start
LIMIT 200`,
  ),
  chart('jobs-chart', 'jobs', { x: 'value_norm', y: 'indicator', color: 'plan', title: '就业目标 Jobs targets' }),

  note(
    'loans-note',
    `### 贷款：计划目标与案例成效 Loans: plan targets next to case outcomes
金额统一为元（\`unit_class = 'currency_cny'\`）。计划里的数字是目标，案例集里的是报告的成效。
*Amounts in yuan: targets from the plans, outcomes reported by the cases.*`,
  ),
  sql(
    'loans',
    'loans',
    `SELECT coalesce(district, '全市') AS district,
       CASE WHEN case_id IS NULL THEN '计划 plan' ELSE '案例 case' END AS reported_in,
       kind,
       sum(value_norm) AS yuan,
       count(*) AS amounts
FROM quantities
WHERE category = 'loans' AND unit_class = 'currency_cny'
  AND kind IN ('target', 'outcome')
GROUP BY ALL
ORDER BY yuan DESC, district, reported_in, kind`,
  ),
  chart('loans-chart', 'loans', {
    x: 'district',
    y: 'yuan',
    color: 'kind',
    facet: 'reported_in',
    title: '贷款金额（元） Loans in yuan',
  }),

  note(
    'patents-note',
    `### 专利与知识产权 Patents and IP
每行一个数量及其原句；点 **出处** 可回到原文。
*Each amount with its sentence; follow 出处 to the source.*`,
  ),
  sql(
    'patents',
    'patents',
    `SELECT doc_id, line, char_start, char_end,
       district, kind, quantity_text, value_norm, indicator, sentence
FROM quantities
WHERE category = 'patents'
ORDER BY doc_id, line, char_start
LIMIT 200`,
  ),
  chart('patents-chart', 'patents', {
    mark: 'dot',
    x: 'indicator',
    y: 'value_norm',
    color: 'kind',
    title: '专利与知识产权 Patents and IP',
  }),

  note(
    'units-note',
    `### 哪些部门承担最多措施？ Which agencies carry the most measures?
\`measure_units\` 每个责任单位一行；\`position = 1\` 是牵头单位。同名部门分属不同的区，按区着色。
*One row per responsible unit; position 1 is the lead unit.
Agencies of the same name belong to different districts, coloured by district.*`,
  ),
  sql(
    'units',
    'agencies',
    `SELECT d.district, u.unit,
       count(DISTINCT u.measure_id) AS measures,
       count(*) FILTER (WHERE u.position = 1) AS as_lead
FROM measure_units u
JOIN documents d USING (doc_id)
GROUP BY d.district, u.unit
ORDER BY measures DESC, u.unit, d.district
LIMIT 20`,
  ),
  chart('units-chart', 'units', {
    x: 'measures',
    y: 'unit',
    color: 'district',
    title: '各部门措施数 Measures per agency',
  }),

  note(
    'kinds-note',
    `### 目标、成效还是基数？ Targets, outcomes or baselines?
每份文件中各类数量的个数：计划以目标为主，案例集以成效为主。
*How much of each document is targets vs outcomes vs baselines and changes.*`,
  ),
  sql(
    'kinds',
    'kinds of amounts',
    `SELECT doc_id, kind, count(*) AS amounts
FROM quantities
GROUP BY doc_id, kind
ORDER BY doc_id, kind`,
  ),
  chart('kinds-chart', 'kinds', { x: 'doc_id', y: 'amounts', color: 'kind', title: '各类数量 Kinds of amounts' }),
];
