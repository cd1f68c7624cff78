import { describe, expect, it } from 'vitest';
import { parseUnitsClause, splitUnits } from '../../../../src/pipeline/structure/responsibleUnits';

describe('parseUnitsClause', () => {
  it("splits 001's trailing clause into one unit each", () => {
    const clause = parseUnitsClause('5.加快完善政务服务地图,提升办事预约服务功能。(责任单位:区府办、区行政服务中心)');
    expect(clause).toEqual({
      body: '5.加快完善政务服务地图,提升办事预约服务功能。',
      unitsText: '区府办、区行政服务中心',
      units: ['区府办', '区行政服务中心'],
    });
  });

  it('keeps parentheses inside a unit name', () => {
    expect(parseUnitsClause('加强宣传。（责任单位：区市场监管局(知识产权局)，区司法局）')?.units).toEqual([
      '区市场监管局(知识产权局)',
      '区司法局',
    ]);
  });

  it('returns null when the closing parenthesis is not a units clause', () => {
    expect(parseUnitsClause('在保税物流中心(B型)')).toBeNull();
    expect(parseUnitsClause('加强宣传推介。')).toBeNull();
  });
});

describe('splitUnits', () => {
  it('splits on 、，, and ；', () => {
    expect(splitUnits('区发改委、区财政局，区经委,区科委；各街镇')).toEqual([
      '区发改委',
      '区财政局',
      '区经委',
      '区科委',
      '各街镇',
    ]);
  });

  it('drops labels and puts lead units before cooperating ones', () => {
    expect(splitUnits('配合单位:区财政局;牵头单位:区发改委')).toEqual(['区发改委', '区财政局']);
  });
});
