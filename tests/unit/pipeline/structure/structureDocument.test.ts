import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../../src/pipeline/clean/cleanDocument';
import { sourceDocument } from '../../../../src/pipeline/runPipeline';
import { structureDocument } from '../../../../src/pipeline/structure/structureDocument';

const structure = (text: string) => structureDocument(cleanDocument(sourceDocument('101_own.txt', text)));

describe('structureDocument on a document a user brings', () => {
  const doc = structure(
    [
      '某区优化营商环境实施方案',
      '为持续优化营商环境,制定本方案。',
      '一、提升服务',
      '1.推行帮办服务。在政务服务中心设立帮办窗口。（牵头单位：区政务服务中心；配合单位：各街镇）',
      '2.压缩办理时限。',
      '本方案自2024年1月1日起施行,有效期至2025年12月31日。',
    ].join('\n'),
  );

  it('takes its first line as title and derives the kind from it', () => {
    expect(doc.meta).toMatchObject({
      title: '某区优化营商环境实施方案',
      kind: 'action_plan',
      effectiveFrom: '2024-01-01',
      effectiveTo: '2025-12-31',
      issuers: [],
    });
  });

  it('reads lead and cooperating units, lead first', () => {
    expect(doc.measures.map((m) => [m.ordinal, m.units])).toEqual([
      ['1', ['区政务服务中心', '各街镇']],
      ['2', []],
    ]);
  });

  it('records the measure without units as a structure finding', () => {
    expect(doc.findings.filter((f) => f.stage === 'structure').map((f) => [f.rule, f.line])).toEqual([
      ['issue-date-missing', 1],
      ['measure-without-units', 5],
    ]);
  });

  it('keeps the findings the cleaner recorded ahead of its own', () => {
    const clean = cleanDocument(sourceDocument('102_own.txt', '某区工作要点\n一、总体要求'));
    const cleanerFinding = {
      stage: 'clean' as const,
      rule: 'mojibake-unrepaired',
      severity: 'warning' as const,
      line: 2,
      message: 'x',
    };
    const found = structureDocument({ ...clean, findings: [cleanerFinding] }).findings;
    expect(found[0]).toBe(cleanerFinding);
    expect(found.slice(1).every((f) => f.stage === 'structure')).toBe(true);
  });
});
