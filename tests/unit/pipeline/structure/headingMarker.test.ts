import { describe, expect, it } from 'vitest';
import { parseHeadingMarker } from '../../../../src/pipeline/structure/headingMarker';

describe('parseHeadingMarker', () => {
  it('reads 一、 as level 1', () => {
    expect(parseHeadingMarker('一、总体要求')).toEqual({ level: 1, ordinal: '一', ordinalNum: 1, length: 2 });
  });

  it('reads (二十三) as level 2 and keeps the parentheses in the ordinal', () => {
    expect(parseHeadingMarker('(二十三)加强宣传推介。将营商环境……')).toEqual({
      level: 2,
      ordinal: '(二十三)',
      ordinalNum: 23,
      length: 5,
    });
  });

  it('reads 1. and 1、 as level 3', () => {
    expect(parseHeadingMarker('100.参照市营商环境考核评价指标')).toMatchObject({
      level: 3,
      ordinal: '100',
      ordinalNum: 100,
    });
    expect(parseHeadingMarker('1、“信用承诺+行政审批”让办证更便利。')).toMatchObject({
      level: 3,
      ordinal: '1',
      length: 2,
    });
  });

  it('reads 排名10 as a level-0 case rank', () => {
    expect(parseHeadingMarker('排名10')).toEqual({ level: 0, ordinal: '排名10', ordinalNum: 10, length: 4 });
  });

  it('does not take enumerations, years or decimals for headings', () => {
    expect(parseHeadingMarker('一是打造“闭环”服务,让对接更有温度。')).toBeNull();
    expect(parseHeadingMarker('2023年,为更好地实施专利转化专项计划')).toBeNull();
    expect(parseHeadingMarker('4.3万个岗位')).toBeNull();
  });
});
