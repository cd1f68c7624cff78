import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';
import { referenceYear } from '../../../../src/pipeline/quantities/referenceYear';

const yearOf = (text: string, quantity: string, documentYear: number | null) =>
  referenceYear(
    findCandidates(text).find((c) => text.slice(c.start, c.end) === quantity)!,
    text,
    documentYear,
  );

describe('referenceYear', () => {
  it('takes the year written before the amount', () =>
    expect(yearOf('到2025年,新增岗位5万个', '5万个', 2023)).toBe(2025));
  it('falls back to the document year', () => expect(yearOf('新增城镇就业岗位4.3万个', '4.3万个', 2023)).toBe(2023));
  it('gives no year to a running total since an earlier year', () =>
    expect(yearOf('2019年以来,我市已推出三批共47个区级优秀案例', '47个', 2023)).toBeNull());
  it('keeps the year of "2023年以来" in a 2023 report', () =>
    expect(yearOf('2023年以来,施工许可平均用时1.1个工作日', '1.1个工作日', 2023)).toBe(2023));
  it('gives no year to a run of years: "连续四年发布…白皮书"', () =>
    expect(yearOf('连续四年发布公司类纠纷审判白皮书', '四年', 2023)).toBeNull());
});
