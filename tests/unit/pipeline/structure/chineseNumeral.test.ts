import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../../src/pipeline/structure/chineseNumeral';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['12', 12],
  ])('reads %s as %i', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('returns null for text that is not a numeral', () => {
    expect(parseChineseNumeral('一是')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});
