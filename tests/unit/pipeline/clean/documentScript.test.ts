import { describe, expect, it } from 'vitest';
import { createScriptFilter, looksTraditional } from '../../../../src/pipeline/clean/documentScript';

describe('document script', () => {
  it('calls 閔行區持續優化營商環境 traditional and 闵行区持续优化营商环境 not', () => {
    expect(looksTraditional('閔行區持續優化營商環境')).toBe(true);
    expect(looksTraditional('闵行区持续优化营商环境')).toBe(false);
  });
  it('in a traditional document rules out 护 and 责, keeps 護, 責 and characters both scripts share', () => {
    const allows = createScriptFilter('閔行區持續優化營商環境,加強保護。');
    expect(['护', '责'].map(allows)).toEqual([false, false]);
    expect(['護', '責', '基', '地'].map(allows)).toEqual([true, true, true, true]);
  });
  it('allows a simplified-only character the traditional document uses on an undamaged line, not on a damaged one', () => {
    const allows = createScriptFilter('閔行區持續優化營商環境,保护環境。\n數字出?;?rdquo;责');
    expect(allows('护')).toBe(true);
    expect(allows('责')).toBe(false);
  });
  it('allows everything in a simplified document', () => {
    expect(createScriptFilter('闵行区持续优化营商环境')('护')).toBe(true);
  });
});
