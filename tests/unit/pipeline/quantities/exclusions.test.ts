import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../../src/pipeline/quantities/exclusions';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';

/** The reason the first number of the text is not a quantity. */
const reasonFor = (text: string) => exclusionReason(findCandidates(text)[0]!, text);

describe('exclusionReason', () => {
  it.each([
    ['2023年新增', 'year'],
    ['《行动方案(2023-2025)》', 'year'],
    ['2023年1-9月', 'year'],
    ['从10月8日签定', 'date'],
    ['闵府规发3号', 'date'],
    ['已经第35次区政府常务会议', 'ordinal'],
    ['排名10', 'rank'],
    ['“智慧监管·云中心”2.0版', 'code-or-version'],
    ['大数据+5G+物联网', 'code-or-version'],
    ['构建1+3+15的人才培育体系', 'formula'],
    ['做好12345市民热线', 'hotline'],
    ['每10万人拥有量', 'rate-denominator'],
    ['推进“15分钟就业服务圈”建设', 'named-duration'],
    ['打造24小时不打烊的便利服务', 'named-duration'],
    ['全球引才三年行动计划', 'named-duration'],
    ['在近三年的全市营商环境测评中', 'time-frame'],
    ['满足婴幼儿家庭免费一年12次入托', 'rate-basis'],
    ['“一次一评”', 'slogan'],
  ])('excludes the number in "%s" as %s', (text, reason) => {
    expect(reasonFor(text)).toBe(reason);
  });

  it.each([
    '新增城镇就业岗位4.3万个',
    '从5个工作日压缩至3个工作日',
    '1个区级职业指导工作室+14个街镇',
    '黄色等级每两周开展一次检查',
  ])('keeps the first amount of "%s"', (text) => expect(reasonFor(text)).toBeNull());
});
