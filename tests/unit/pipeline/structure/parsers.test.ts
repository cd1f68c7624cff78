import { describe, expect, it } from 'vitest';
import { casePartOf } from '../../../../src/pipeline/structure/casePart';
import { lastDayAfterYears, parseChineseDate } from '../../../../src/pipeline/structure/chineseDate';
import { parseChineseNumeral } from '../../../../src/pipeline/structure/chineseNumeral';
import { documentKind } from '../../../../src/pipeline/structure/documentKind';
import { findEffectivePeriod } from '../../../../src/pipeline/structure/effectivePeriod';
import { parseHeadingMarker } from '../../../../src/pipeline/structure/headingMarker';
import { firstSentence, hasLeadSentence, measureTitle } from '../../../../src/pipeline/structure/leadSentence';
import { districtByInitial, firstDistrict, mainDistrict } from '../../../../src/pipeline/structure/shanghaiDistricts';

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

describe('parseHeadingMarker', () => {
  it('reads 一、 as level 1', () => {
    expect(parseHeadingMarker('一、总体要求')).toEqual({ level: 1, ordinal: '一', ordinalNum: 1, length: 2 });
  });

  it('reads (二十三) as level 2 and keeps the parentheses in the ordinal', () => {
    expect(parseHeadingMarker('(二十三)加强宣传推介。将营商环境……')).toEqual({ level: 2, ordinal: '(二十三)', ordinalNum: 23, length: 5 });
  });

  it('reads 1. and 1、 as level 3', () => {
    expect(parseHeadingMarker('100.参照市营商环境考核评价指标')).toMatchObject({ level: 3, ordinal: '100', ordinalNum: 100 });
    expect(parseHeadingMarker('1、“信用承诺+行政审批”让办证更便利。')).toMatchObject({ level: 3, ordinal: '1', length: 2 });
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

describe('lead sentences', () => {
  it('hasLeadSentence accepts a short phrase closed by a full stop and followed by text', () => {
    expect(hasLeadSentence('加强组织领导。健全完善工作机制,统筹推进政府职能转变')).toBe(true);
  });

  it('hasLeadSentence rejects introductions whose first sentence has clauses', () => {
    expect(hasLeadSentence('以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神。')).toBe(false);
  });

  it('hasLeadSentence rejects a lone phrase with nothing after it', () => {
    expect(hasLeadSentence('加强组织领导。')).toBe(false);
  });

  it('firstSentence stops at the first full stop', () => {
    expect(firstSentence('提升线上服务友好度。加强系统集成。')).toBe('提升线上服务友好度');
  });

  it('measureTitle cuts a long first sentence at its first clause', () => {
    expect(measureTitle('加强系统集成、资源共享和业务协同,具备可网办能力的区级政务服务事项比例达到95%以上,争取在全市试点。')).toBe('加强系统集成、资源共享和业务协同');
  });

  it('measureTitle keeps a short first sentence whole, commas and all', () => {
    expect(measureTitle('加快完善政务服务地图,提升办事预约服务功能。')).toBe('加快完善政务服务地图,提升办事预约服务功能');
  });
});

describe('dates', () => {
  it('parseChineseDate("2021年3月5日") returns 2021-03-05', () => {
    expect(parseChineseDate('2021年3月5日')).toBe('2021-03-05');
  });

  it('lastDayAfterYears(2023-04-15, 3) returns 2026-04-14', () => {
    expect(lastDayAfterYears('2023-04-15', 3)).toBe('2026-04-14');
  });

  it('findEffectivePeriod reads 000\'s closing sentence', () => {
    const text = '本行动方案自2023年4月15日起施行,有效期至2026年4月14日。行动方案施行期间,国家、本市有相关规定的,从其规定。';
    expect(findEffectivePeriod(text)).toEqual({ effectiveFrom: '2023-04-15', effectiveTo: '2026-04-14' });
  });

  it('findEffectivePeriod counts a period given in years', () => {
    expect(findEffectivePeriod('本方案自2024年1月1日起实施,有效期五年。')).toEqual({ effectiveFrom: '2024-01-01', effectiveTo: '2028-12-31' });
  });

  it('findEffectivePeriod gives nulls when no period is stated', () => {
    expect(findEffectivePeriod('特此通知。')).toEqual({ effectiveFrom: null, effectiveTo: null });
  });
});

describe('documentKind', () => {
  it.each([
    ['闵行区持续优化营商环境激发市场活力行动方案', 'action_plan'],
    ['2023年金山区推进政府职能转变和“放管服”改革工作要点', 'work_points'],
    ['2023年度各区优化营商环境优秀案例', 'case_collection'],
  ])('reads %s as %s', (title, kind) => expect(documentKind(title)).toBe(kind));

  it('returns null for a title naming no kind', () => expect(documentKind('通知')).toBeNull());
});

describe('districts', () => {
  it('firstDistrict finds the district in an issuing body', () => {
    expect(firstDistrict('中共上海市普陀区委办公室')).toBe('普陀区');
  });

  it('mainDistrict counts short names too and ignores the river', () => {
    expect(mainDistrict('嘉定素有“科学卫星城”之称……沿黄浦江……嘉定区市场监督管理局')).toBe('嘉定区');
  });

  it('districtByInitial resolves a document-number prefix', () => {
    expect(districtByInitial('闵')).toBe('闵行区');
    expect(districtByInitial('沪')).toBeNull();
  });
});

describe('casePartOf', () => {
  it.each([
    ['工作背景', 'background'],
    ['基本情况', 'background'],
    ['亮点举措', 'practices'],
    ['特色亮点', 'practices'],
    ['取得成效', 'results'],
  ])('reads %s as %s', (heading, part) => expect(casePartOf(heading)).toBe(part));

  it('returns null for topical headings and for labels it does not know', () => {
    expect(casePartOf('实施信用监管,助力行政效能提升')).toBeNull();
    expect(casePartOf('经验启示')).toBeNull();
  });
});
