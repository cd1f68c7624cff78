import type { Candidate } from './findCandidates';

/** A rule that recognises a number that is not an amount: a year, a date, an ordinal, a name. */
interface ExclusionRule {
  id: string;
  test: (c: Candidate, text: string) => boolean;
}

const before = (text: string, c: Candidate, n: number) => text.slice(Math.max(0, c.numberStart - n), c.numberStart);
const after = (text: string, c: Candidate, n: number) => text.slice(c.end, c.end + n);
const afterNumber = (text: string, c: Candidate, n: number) => text.slice(c.numberEnd, c.numberEnd + n);
const isDuration = (c: Candidate) => c.unit?.unitClass === 'duration_days' || c.unit?.unitClass === 'duration_minutes';
const isYearNumber = (c: Candidate) => !c.chinese && c.value >= 1900 && c.value <= 2100 && Number.isInteger(c.value);

/** The rules in the order they are tried; the first that matches names the reason. */
const RULES: ExclusionRule[] = [
  {
    id: 'year',
    test: (c, t) =>
      isYearNumber(c) && (c.unit?.unit === '年' || !c.unit || /^[-－~～—至到]/.test(afterNumber(t, c, 1))),
  },
  { id: 'year', test: (c, t) => isYearNumber(c) && /[-－~～—]$/.test(before(t, c, 1)) },
  {
    id: 'date',
    test: (c, t) =>
      /^[月号]/.test(afterNumber(t, c, 1)) || (/^日/.test(afterNumber(t, c, 1)) && /月$/.test(before(t, c, 1))),
  },
  {
    id: 'document-number',
    test: (c, t) => /[〔[［(（]$/.test(before(t, c, 1)) && /^[〕\]］)）]/.test(afterNumber(t, c, 1)),
  },
  { id: 'ordinal', test: (c, t) => /第$/.test(before(t, c, 1)) },
  { id: 'rank', test: (c, t) => /(排名|排第|名列第)$/.test(before(t, c, 2)) },
  {
    id: 'code-or-version',
    test: (c, t) => /[A-Za-z]$/.test(before(t, c, 1)) || /^([A-Za-z³²]|\.\d*版|版)/.test(afterNumber(t, c, 3)),
  },
  {
    id: 'formula',
    test: (c, t) => /[0-9A-Za-z][+＋]$/.test(before(t, c, 2)) || /^[+＋][0-9A-Za-z]/.test(afterNumber(t, c, 2)),
  },
  {
    id: 'hotline',
    test: (c) => !c.chinese && c.unit === null && /^(12345|12315|12366|12333|110|120|119)$/.test(String(c.value)),
  },
  { id: 'rate-denominator', test: (c, t) => !isDuration(c) && /每$/.test(before(t, c, 1)) },
  {
    id: 'named-duration',
    test: (c, t) => isDuration(c) && /^([\u4e00-\u9fff]{0,5}圈|不打烊|行动计划|计划|行动|规划)/.test(after(t, c, 7)),
  },
  { id: 'time-frame', test: (c, t) => isDuration(c) && c.chinese && /(近|前|上|下|这|过去)$/.test(before(t, c, 2)) },
  { id: 'rate-basis', test: (c, t) => isDuration(c) && c.chinese && /^[0-9０-９]/.test(after(t, c, 1)) },
  { id: 'slogan', test: (c, t) => c.chinese && /^[一二两三四五六七八九十]/.test(after(t, c, 1)) },
];

/**
 * Names the rule that makes this number a non-quantity (year, date, ordinal, version, formula, hotline,
 * named duration…), or returns null when none applies.
 */
export function exclusionReason(c: Candidate, text: string): string | null {
  return RULES.find((r) => r.test(c, text))?.id ?? null;
}
