import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../../../src/pipeline/quantities/extractQuantities';
import { runPipeline, sourceDocument } from '../../../../src/pipeline/runPipeline';

const TEXT = [
  '闵行区行动方案',
  '2023年3月3日',
  '(四)推动稳岗就业。进一步稳定和扩大就业,2023年新增城镇就业岗位4.3万个。',
  '(五)加大信贷支持力度。政策性担保贷款力争达到100亿元,推进“智慧监管·云中心”2.0版升级,排名10。',
].join('\n');

describe('extractQuantities', () => {
  const doc = runPipeline(sourceDocument('900_test.txt', TEXT));
  const rows = doc.quantities.map((q) => [
    q.line,
    q.quantityText,
    q.valueNorm,
    q.unitClass,
    q.comparator,
    q.kind,
    q.category,
  ]);

  it('extracts the amounts of a plan with line, normalised value, comparator, kind and category', () => {
    expect(rows).toEqual([
      [3, '4.3万个', 43000, 'count', '=', 'target', 'jobs'],
      [4, '100亿元', 1e10, 'currency_cny', '>=', 'target', 'loans'],
    ]);
  });

  it('gives offsets that point at the quantity text', () => {
    for (const q of doc.quantities) expect(doc.text.slice(q.charStart, q.charEnd)).toBe(q.quantityText);
  });

  it('records a number it skips for want of a unit as a finding', () => {
    const rerun = extractQuantities({ ...doc, text: '共有21街坊参与', findings: [] });
    expect(rerun.findings).toEqual([
      expect.objectContaining({ stage: 'quantities', rule: 'number-without-unit', line: 1 }),
    ]);
  });
});
