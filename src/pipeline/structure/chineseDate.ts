/** Matches a date written as 2021年3月5日; groups are year, month, day. */
export const CHINESE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Converts a date written as 2021年3月5日 to ISO 2021-03-05; null if the text holds no such date. */
export function parseChineseDate(text: string): string | null {
  const match = CHINESE_DATE.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** Returns the last day of a period of whole years starting on an ISO date (2023-04-15 + 3 → 2026-04-14). */
export function lastDayAfterYears(isoStart: string, years: number): string {
  const [y, m, d] = isoStart.split('-').map(Number);
  const end = new Date(Date.UTC(y! + years, m! - 1, d! - 1));
  return end.toISOString().slice(0, 10);
}
