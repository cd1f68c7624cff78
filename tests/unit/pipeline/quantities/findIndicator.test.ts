import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';
import { findIndicator } from '../../../../src/pipeline/quantities/findIndicator';

const indicatorOf = (text: string) => findIndicator(findCandidates(text).find((c) => c.unit !== null)!, text);

describe('findIndicator', () => {
  it('takes the words before the number: "2023年新增城镇就业岗位4.3万个" → 新增城镇就业岗位', () => {
    expect(indicatorOf('2023年新增城镇就业岗位4.3万个')).toBe('新增城镇就业岗位');
  });
  it('takes the noun after a count: "设立30个基层法治观察点" → 基层法治观察点', () => {
    expect(indicatorOf('设立30个基层法治观察点,形成基层法治建设新模式')).toBe('基层法治观察点');
  });
  it('drops the comparator before the number: "政策性担保贷款力争达到100亿元" → 政策性担保贷款', () => {
    expect(indicatorOf('政策性担保贷款力争达到100亿元')).toBe('政策性担保贷款');
  });
  it('stops the noun at its verb: "12家企业获得银行授信" → 企业', () => expect(indicatorOf('帮助12家企业获得银行授信')).toBe('企业'));
});
