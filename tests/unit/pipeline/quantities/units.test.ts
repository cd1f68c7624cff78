import { describe, expect, it } from 'vitest';
import { matchUnitAt } from '../../../../src/pipeline/quantities/units';

const at0 = (text: string) => matchUnitAt(text, 0);

describe('matchUnitAt', () => {
  it('reads 个工作日 before 个 (longest match)', () =>
    expect(at0('个工作日压缩')).toMatchObject({ unit: '个工作日', unitClass: 'duration_days', factor: 1 }));
  it('reads 万个 as a count of ten thousands', () =>
    expect(at0('万个。')).toMatchObject({ unit: '万个', unitClass: 'count', factor: 1e4 }));
  it('reads 亿元 as yuan × 1e8', () =>
    expect(at0('亿元')).toMatchObject({ unit: '亿元', unitClass: 'currency_cny', factor: 1e8 }));
  it('reads 万平方米 as m² × 1e4', () =>
    expect(at0('万平方米,')).toMatchObject({ unit: '万平方米', unitClass: 'area_m2', factor: 1e4 }));
  it('reads 周 as seven days and 个月 as thirty', () => {
    expect(at0('周后')).toMatchObject({ unitClass: 'duration_days', factor: 7 });
    expect(at0('个月内')).toMatchObject({ unitClass: 'duration_days', factor: 30 });
  });
  it('reads 秒钟 as a sixtieth of a minute', () =>
    expect(at0('秒钟即可')).toMatchObject({ unitClass: 'duration_minutes', factor: 1 / 60 }));
  it('reads 亩 as 666.67 m²', () => expect(at0('亩低效土地')).toMatchObject({ unitClass: 'area_m2', factor: 666.67 }));
  it('keeps 余 out of the unit of 18万余条 and marks it approximate', () => {
    expect(at0('万余条;')).toMatchObject({ unit: '万条', factor: 1e4, length: 3, approximate: true });
  });
  it('reads a bare 亿 as yuan (百亿规模基金)', () =>
    expect(at0('亿规模')).toMatchObject({ unit: '亿', unitClass: 'currency_cny' }));
  it('finds no unit in 月, a calendar month', () => expect(at0('月8日')).toBeNull());
  it('finds no unit for 千个工作日 (no magnitude on a time)', () => expect(at0('千个工作日')).toBeNull());
});
