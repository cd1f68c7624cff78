import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';

const read = (text: string) =>
  findCandidates(text).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, unit: c.unit?.unit ?? null }));

describe('findCandidates', () => {
  it('reads "新增城镇就业岗位4.3万个" as 4.3 万个', () => {
    expect(read('新增城镇就业岗位4.3万个')).toEqual([{ text: '4.3万个', value: 4.3, unit: '万个' }]);
  });
  it('reads the range "1-2个" as its upper value with the low end kept', () => {
    expect(findCandidates('在1-2个街镇')[0]).toMatchObject({ value: 2, rangeLow: 1 });
  });
  it('reads "20+社区" as 20 with a plus and no unit', () => {
    expect(findCandidates('建成20+社区就业服务站点')[0]).toMatchObject({ value: 20, plus: true, unit: null, end: 5 });
  });
  it('reads 百亿 as 100 with the magnitude as its unit', () => {
    expect(read('积聚百亿规模基金')).toEqual([{ text: '百亿', value: 100, unit: '亿' }]);
  });
  it('reads both amounts of "预审5天+审查5天"', () => {
    expect(read('预审5天+审查5天').map((c) => c.text)).toEqual(['5天', '5天']);
  });
  it('skips Chinese numerals with no unit after them (十三五末)', () => expect(read('比“十三五”末增长')).toEqual([]));
  it('skips 每万人, where 万 is a denominator with no numeral', () =>
    expect(read('每万人高价值发明专利拥有量')).toEqual([]));
});
