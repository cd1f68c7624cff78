import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../../src/pipeline/structure/buildOutline';
import { outlineEntries } from '../../../../src/pipeline/structure/outlineEntries';
import {
  numberingFindings,
  repeatedLeadFindings,
  unitFindings,
} from '../../../../src/pipeline/structure/outlineFindings';
import { sourceLines } from '../../../../src/pipeline/structure/sourceLines';

const outline = (text: string, withMeasures = true) =>
  buildOutline('009', outlineEntries(sourceLines(text), 0, withMeasures));

const PUTUO = [
  '一、让企业办事更省心',
  '(一)提升线上服务友好度。加强系统集成、资源共享和业务协同。具体措施:',
  '1.加强系统集成、资源共享和业务协同,具备可网办能力的区级政务服务事项比例达到95%以上。(责任单位:区府办、区行政服务中心、区市场监管局)',
  '2.推广远程身份核验、电子签章等应用。(责任单位:区府办、区科委、区行政服务中心)',
  '(二)提升线下服务便利度。推进综合窗口改革全覆盖。具体措施:',
  '3.按照无差别综合窗口和分领域综合窗口两种模式,推行综合窗口改革全覆盖。(责任单位:区府办、区行政服务中心)',
].join('\n');

const MINHANG = [
  '二、以世行对标改革为突破,优化宜商宜业环境',
  '对标世界银行宜商环境评估体系(BEE)和国家营商环境评价标准,在重点领域加强改革系统集成。',
  '(一)便捷市场准入退出。拓展市场主体设立、变更、注销全程电子化登记覆盖范围。',
  '(二)优化经营场所获取。实施“拿地”到取得产证全流程“一站式”服务。',
].join('\n');

const JINSHAN_POINTS = [
  '\u2003\u2003(二)创新加强事中事后监管,全过程公平公正“管出效率”',
  '',
  '\u2003\u20031.创新和加强事中事后监管',
  '',
  '\u2003\u2003深入推进综合监管改革。聚焦涉及多个部门、管理难度大的行业领域。',
  '',
  '\u2003\u2003深化市场主体登记制度改革。深化市场主体登记制度改革。充分尊重市场主体自主权。',
].join('\n');

describe('buildOutline on a plan with numbered measures under (一) headings (001)', () => {
  const { sections, measures } = outline(PUTUO);

  it('makes 一、 and (一) lines sections, nested, with the lead sentence as heading', () => {
    expect(sections.map((s) => [s.sectionId, s.parentId, s.level, s.ordinal, s.heading])).toEqual([
      ['009-s1', null, 1, '一', '让企业办事更省心'],
      ['009-s2', '009-s1', 2, '(一)', '提升线上服务友好度'],
      ['009-s3', '009-s1', 2, '(二)', '提升线下服务便利度'],
    ]);
  });

  it('makes each 1. line a measure of its (一) section, with units split off the text', () => {
    expect(measures.map((m) => [m.measureId, m.sectionId, m.ordinal, m.units])).toEqual([
      ['009-m1', '009-s2', '1', ['区府办', '区行政服务中心', '区市场监管局']],
      ['009-m2', '009-s2', '2', ['区府办', '区科委', '区行政服务中心']],
      ['009-m3', '009-s3', '3', ['区府办', '区行政服务中心']],
    ]);
    expect(measures[1]).toMatchObject({
      title: '推广远程身份核验、电子签章等应用',
      text: '推广远程身份核验、电子签章等应用。',
      unitsText: '区府办、区科委、区行政服务中心',
    });
  });

  it('spans whole source lines', () => {
    const lines = PUTUO.split('\n');
    expect(measures[0]).toMatchObject({ line: 3, charStart: lines[0]!.length + lines[1]!.length + 2 });
    expect(PUTUO.slice(measures[0]!.charStart, measures[0]!.charEnd)).toBe(lines[2]);
  });
});

describe('buildOutline on a plan whose (一) items are the measures (000)', () => {
  const { sections, measures } = outline(MINHANG);

  it('keeps the introduction as text and makes the leaf (一) items measures', () => {
    expect(sections.map((s) => s.ordinal)).toEqual(['二']);
    expect(measures.map((m) => [m.ordinal, m.title, m.sectionId])).toEqual([
      ['(一)', '便捷市场准入退出', '009-s1'],
      ['(二)', '优化经营场所获取', '009-s1'],
    ]);
  });
});

describe('buildOutline on work points with lead-sentence paragraphs (002)', () => {
  const { sections, measures } = outline(JINSHAN_POINTS);

  it('makes numbered lines without a sentence headings and lead paragraphs measures without ordinals', () => {
    expect(sections.map((s) => [s.level, s.ordinal, s.heading])).toEqual([
      [2, '(二)', '创新加强事中事后监管,全过程公平公正“管出效率”'],
      [3, '1', '创新和加强事中事后监管'],
    ]);
    expect(measures.map((m) => [m.ordinal, m.title, m.sectionId, m.line])).toEqual([
      ['', '深入推进综合监管改革', '009-s2', 5],
      ['', '深化市场主体登记制度改革', '009-s2', 7],
    ]);
  });

  it('reports the lead sentence written twice', () => {
    expect(repeatedLeadFindings(measures).map((f) => [f.rule, f.line])).toEqual([['repeated-lead-sentence', 7]]);
  });
});

describe('buildOutline on a case collection', () => {
  it('makes numbered lines headings even when they hold sentences', () => {
    const { sections, measures } = outline(
      '排名16\n以法治服务“小切口”\n一、工作举措\n(一)推动法律服务资源下沉,全力护航企业健康发展。全区3家律师事务所……',
      false,
    );
    expect(measures).toEqual([]);
    expect(sections.map((s) => [s.level, s.parentId, s.heading])).toEqual([
      [0, null, ''],
      [1, '009-s1', '工作举措'],
      [2, '009-s2', '推动法律服务资源下沉,全力护航企业健康发展'],
    ]);
  });
});

describe('numberingFindings', () => {
  const entries = (text: string) => outlineEntries(sourceLines(text), 0, true);

  it('accepts numbering that restarts or continues across sections', () => {
    expect(numberingFindings(entries('一、甲\n1.做甲。\n2.做乙。\n二、乙\n1.做丙。\n(一)丁\n2.做丁。'))).toEqual([]);
  });

  it('reports a skipped number', () => {
    expect(numberingFindings(entries('一、甲\n1.做甲。\n3.做丙。'))).toMatchObject([
      { rule: 'numbering-gap', line: 3, severity: 'warning' },
    ]);
  });

  it('lets case ranks start anywhere but not skip', () => {
    expect(numberingFindings(entries('排名10\n排名11\n排名13')).map((f) => f.line)).toEqual([3]);
  });
});

describe('unitFindings', () => {
  it('reports a numbered measure without units when others have them', () => {
    const { measures } = outline('一、甲\n1.做甲。(责任单位:区府办)\n2.做乙。');
    expect(unitFindings(measures)).toMatchObject([{ rule: 'measure-without-units', line: 3 }]);
  });

  it('reports once when no measure has units', () => {
    expect(unitFindings(outline(MINHANG).measures)).toMatchObject([{ rule: 'no-responsible-units', severity: 'info' }]);
  });
});
