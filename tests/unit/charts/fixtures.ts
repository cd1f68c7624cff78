import type { QueryResult } from '../../../src/db/types';

function result(columns: [string, string][], rows: unknown[][], extra: Partial<QueryResult> = {}): QueryResult {
  return {
    columns: columns.map(([name, type]) => ({ name, type })),
    rows,
    rowCount: rows.length,
    truncated: false,
    durationMs: 3,
    ...extra,
  };
}

/** SELECT title, kind, count(*) AS n FROM quantities JOIN documents … GROUP BY ALL */
export const documentsByKind = result(
  [
    ['title', 'VARCHAR'],
    ['kind', 'VARCHAR'],
    ['n', 'BIGINT'],
  ],
  [
    ['闵行区优化营商环境行动方案', 'target', 41],
    ['闵行区优化营商环境行动方案', 'outcome', 3],
    ['2023年金山区推进政府职能转变和“放管服”改革工作要点', 'target', 18],
    ['2023年金山区推进政府职能转变和“放管服”改革工作要点', 'change', 5],
    ['2023年上海市优化营商环境优秀案例', 'outcome', 96],
    ['2023年上海市优化营商环境优秀案例', 'baseline', 22],
    ['2023年上海市优化营商环境优秀案例', 'change', 37],
    ['金山区聚焦提升企业感受 持续优化营商环境行动方案', 'target', 27],
  ],
);

/** SELECT category, count(*) AS n FROM quantities GROUP BY 1 ORDER BY n DESC — counts arrive as BIGINT strings. */
export const quantitiesByCategory = result(
  [
    ['category', 'VARCHAR'],
    ['n', 'BIGINT'],
  ],
  [
    ['other', '112'],
    ['gov_services', '64'],
    ['enterprises', '38'],
    ['jobs', '12'],
    ['loans', '9'],
    ['patents', '4'],
    [null, '2'],
  ],
);

/** SELECT indicator, sum(value_norm) AS amount FROM quantities WHERE unit_class = 'currency_cny' … */
export const fundingByIndicator = result(
  [
    ['indicator', 'VARCHAR'],
    ['amount', 'DOUBLE'],
  ],
  [
    ['项目总投资规模', 3_640_000_000],
    ['为中小微企业提供融资担保贷款金额', 1_250_000_000],
    ['发放稳岗补贴', 86_000_000],
    ['减免房租', 12_500_000],
    ['新增普惠小微贷款余额超过上年同期水平的部分', null],
  ],
);

/** SELECT district, year, sum(value_norm) AS jobs FROM quantities WHERE category = 'jobs' GROUP BY ALL ORDER BY ALL */
export const jobsByDistrictYear = result(
  [
    ['district', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['jobs', 'DOUBLE'],
  ],
  [
    ['闵行区', 2019, 41000],
    ['闵行区', 2020, 43000],
    ['闵行区', 2021, 45500],
    ['闵行区', 2022, 44000],
    ['闵行区', 2023, 47000],
    ['普陀区', 2019, 18000],
    ['普陀区', 2020, 17500],
    ['普陀区', 2021, 19000],
    ['普陀区', 2022, 20500],
    ['普陀区', 2023, 21000],
    ['金山区', 2019, 9000],
    ['金山区', 2020, 9500],
    ['金山区', 2021, 10200],
    ['金山区', 2022, 11000],
    ['金山区', 2023, 12000],
  ],
);

/** SELECT value, value_norm, unit_class FROM quantities WHERE kind = 'target' — two amounts and a class. */
export const valueVersusNorm = result(
  [
    ['value', 'DOUBLE'],
    ['value_norm', 'DOUBLE'],
    ['unit_class', 'VARCHAR'],
  ],
  [
    [4.3, 43000, 'count'],
    [15, 15, 'percent'],
    [2, 14, 'duration_days'],
    [30, 30, 'duration_minutes'],
    [1.2, 120000000, 'currency_cny'],
    [60, 60, 'percent'],
  ],
);

/** A capped result: the engine kept 3 of 1,204 rows. */
export const cappedPassages = result(
  [
    ['doc_id', 'VARCHAR'],
    ['n_repairs', 'INTEGER'],
  ],
  [
    ['000', 4],
    ['001', 0],
    ['002', 17],
  ],
  { rowCount: 1204, truncated: true },
);
