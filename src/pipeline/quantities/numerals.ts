const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  半: 0.5,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can make up a Chinese numeral (几 is a vague "a few" and is read as null). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿半几';

/**
 * Parses a Chinese numeral such as 十五, 一百二十, 两, 半, 千 or 三千万; returns null for text that is
 * not one (or for 几, which states no definite amount).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '' || text.includes('几')) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else if (ch in BIG_UNITS) {
      const big = BIG_UNITS[ch]!;
      const part = section + (digit ?? 0);
      total = big > total && total > 0 ? (total + part) * big : total + (part || 1) * big;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Parses an Arabic number as written, with fullwidth digits, thousands separators or a decimal point. */
export function parseArabicNumber(text: string): number {
  const ascii = toAsciiDigits(text).replace(/[,，]/g, '');
  return Number(ascii);
}

/** Turns fullwidth digits, point and percent sign into their ASCII forms, keeping the length. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
