import { parseChineseNumeral } from './chineseNumeral';
import { CHINESE_DATE, lastDayAfterYears, parseChineseDate } from './chineseDate';

const DATE = CHINESE_DATE.source;
const FROM = new RegExp(`自\\s*(${DATE})\\s*起\\s*(?:施行|实施|执行|生效)`);
const TO = new RegExp(`有效期至\\s*(${DATE})`);
const YEARS = /有效期(?:为)?\s*(\d+|[一二两三四五六七八九十]+)\s*年/;

/** Reads the period a document is in force from sentences like 自2023年4月15日起施行,有效期至2026年4月14日. */
export function findEffectivePeriod(text: string): { effectiveFrom: string | null; effectiveTo: string | null } {
  const from = FROM.exec(text);
  const effectiveFrom = from ? parseChineseDate(from[1]!) : null;
  const to = TO.exec(text);
  if (to) return { effectiveFrom, effectiveTo: parseChineseDate(to[1]!) };
  const years = YEARS.exec(text);
  const count = years ? parseChineseNumeral(years[1]!) : null;
  return { effectiveFrom, effectiveTo: effectiveFrom && count ? lastDayAfterYears(effectiveFrom, count) : null };
}
