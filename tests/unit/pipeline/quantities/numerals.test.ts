import { describe, expect, it } from 'vitest';
import { parseArabicNumber, parseChineseNumeral } from '../../../../src/pipeline/quantities/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['三百零五', 305],
    ['百', 100],
    ['千', 1000],
    ['三千万', 30_000_000],
    ['千亿', 100_000_000_000],
    ['一亿五千万', 150_000_000],
    ['半', 0.5],
  ])('parseChineseNumeral("%s") returns %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('returns null for 几, which states no amount', () => expect(parseChineseNumeral('几')).toBeNull());
  it('returns null for 十三五, which is a name, not a numeral', () => expect(parseChineseNumeral('十三五')).toBeNull());
});

describe('parseArabicNumber', () => {
  it('parseArabicNumber("1,450") returns 1450', () => expect(parseArabicNumber('1,450')).toBe(1450));
  it('parseArabicNumber("１２.９０") reads fullwidth digits as 12.9', () =>
    expect(parseArabicNumber('１２.９０')).toBe(12.9));
});
