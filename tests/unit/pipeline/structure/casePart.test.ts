import { describe, expect, it } from 'vitest';
import { casePartOf } from '../../../../src/pipeline/structure/casePart';

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
