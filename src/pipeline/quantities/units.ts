import type { UnitClass } from '../types';

/** A measure word or unit the stage recognises, with its class and its factor to the class base unit. */
export interface UnitSpec {
  unit: string;
  unitClass: UnitClass;
  factor: number;
}

const COUNT_WORDS =
  '人次 件次 户次 家次 场次 个 大 家 户 项 人 件 场 次 条 笔 名 所 批 轮 类 张 套 份 期 款 页 位 座 栋 台 辆 支 组 处 间 宗 例 种';

/** Base units, longest first so that 个工作日 wins over 个 and 万平方米 over 平方米. */
const BASE_UNITS: UnitSpec[] = [
  ...table('currency_cny', [['元', 1]]),
  ...table('duration_days', [
    ['个工作日', 1],
    ['工作日', 1],
    ['个自然日', 1],
    ['自然日', 1],
    ['个月', 30],
    ['个星期', 7],
    ['天', 1],
    ['日', 1],
    ['周', 7],
    ['年', 365],
  ]),
  ...table('duration_minutes', [
    ['分钟', 1],
    ['小时', 60],
    ['秒钟', 1 / 60],
    ['秒', 1 / 60],
  ]),
  ...table('area_m2', [
    ['平方米', 1],
    ['亩', 666.67],
  ]),
  ...table('distance_km', [['公里', 1]]),
  ...table('multiple', [['倍', 1]]),
  ...table('percent', [
    ['%', 1],
    ['％', 1],
  ]),
  ...table(
    'count',
    COUNT_WORDS.split(' ').map((w) => [w, 1]),
  ),
].sort((a, b) => b.unit.length - a.unit.length);

/** Base units by their first character, longest first within each: every number looks up the unit after it. */
const UNITS_BY_FIRST: ReadonlyMap<string, readonly UnitSpec[]> = new Map(
  [...new Set(BASE_UNITS.map((u) => u.unit[0]!))].map((first) => [
    first,
    BASE_UNITS.filter((u) => u.unit[0] === first),
  ]),
);

/** Magnitude prefixes written before a unit (4.3万个, 51.85亿元, 5千家). */
const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

/** Units whose magnitude prefix makes no sense (万% or 千个工作日 are not amounts). */
const NO_MAGNITUDE = new Set<UnitClass>(['percent', 'duration_days', 'duration_minutes', 'multiple']);

function table(unitClass: UnitClass, rows: (string | number)[][]): UnitSpec[] {
  return rows.map(([unit, factor]) => ({ unit: String(unit), unitClass, factor: Number(factor) }));
}

/** What a unit match found: the unit as written (without an 余/多 infix), its spec and its length in the text. */
export interface UnitMatch extends UnitSpec {
  /** Characters the unit occupies in the text, infix included. */
  length: number;
  /** True when 余 or 多 stood between the magnitude or number and the measure word (7000余家, 18万余条). */
  approximate: boolean;
}

/**
 * Matches the longest unit at `pos`: an optional magnitude (万, 亿…), an optional 余/多, then a base unit.
 * A bare 亿 with no base unit reads as yuan (百亿规模基金), as the documents write it; a bare 万 as a
 * count (百万用户).
 */
export function matchUnitAt(text: string, pos: number): UnitMatch | null {
  const magnitude = MAGNITUDES.find(([m]) => text.startsWith(m, pos));
  const afterMagnitude = pos + (magnitude?.[0].length ?? 0);
  const infix = text[afterMagnitude] === '余' || text[afterMagnitude] === '多' ? 1 : 0;
  const base = UNITS_BY_FIRST.get(text[afterMagnitude + infix] ?? '')?.find((u) =>
    text.startsWith(u.unit, afterMagnitude + infix),
  );
  if (base && !(magnitude && NO_MAGNITUDE.has(base.unitClass))) {
    const prefix = magnitude?.[0] ?? '';
    return {
      unit: prefix + base.unit,
      unitClass: base.unitClass,
      factor: base.factor * (magnitude?.[1] ?? 1),
      length: prefix.length + infix + base.unit.length,
      approximate: infix === 1,
    };
  }
  if (magnitude && /[万亿]$/.test(magnitude[0])) {
    const unitClass = magnitude[0].endsWith('亿') ? 'currency_cny' : 'count';
    return { unit: magnitude[0], unitClass, factor: magnitude[1], length: magnitude[0].length, approximate: false };
  }
  return null;
}
