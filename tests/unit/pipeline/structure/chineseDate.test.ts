import { describe, expect, it } from 'vitest';
import { lastDayAfterYears, parseChineseDate } from '../../../../src/pipeline/structure/chineseDate';
import { findEffectivePeriod } from '../../../../src/pipeline/structure/effectivePeriod';

describe('dates', () => {
  it('parseChineseDate("2021年3月5日") returns 2021-03-05', () => {
    expect(parseChineseDate('2021年3月5日')).toBe('2021-03-05');
  });

  it('lastDayAfterYears(2023-04-15, 3) returns 2026-04-14', () => {
    expect(lastDayAfterYears('2023-04-15', 3)).toBe('2026-04-14');
  });

  it("findEffectivePeriod reads 000's closing sentence", () => {
    const text =
      '本行动方案自2023年4月15日起施行,有效期至2026年4月14日。行动方案施行期间,国家、本市有相关规定的,从其规定。';
    expect(findEffectivePeriod(text)).toEqual({ effectiveFrom: '2023-04-15', effectiveTo: '2026-04-14' });
  });

  it('findEffectivePeriod counts a period given in years', () => {
    expect(findEffectivePeriod('本方案自2024年1月1日起实施,有效期五年。')).toEqual({
      effectiveFrom: '2024-01-01',
      effectiveTo: '2028-12-31',
    });
  });

  it('findEffectivePeriod gives nulls when no period is stated', () => {
    expect(findEffectivePeriod('特此通知。')).toEqual({ effectiveFrom: null, effectiveTo: null });
  });
});
