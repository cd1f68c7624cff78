import { describe, expect, it } from 'vitest';
import { joinTitle, readCases } from '../../../../src/pipeline/structure/caseRecords';
import { outlineEntries } from '../../../../src/pipeline/structure/outlineEntries';
import { sourceLines } from '../../../../src/pipeline/structure/sourceLines';

const cases = (text: string) => readCases('003', outlineEntries(sourceLines(text), 0, false));

const TWO_CASES = [
  '排名10',
  '打造“一环两专”服务',
  '拓展产融合作渠道',
  '一、工作背景',
  '习近平总书记指出,要强化对企业的金融支持。',
  '二、主要做法',
  '一是打造“闭环”服务,让对接更有温度。',
  '三、工作成效',
  '今年以来,金山区已举办系列金融服务对接沙龙。',
  '排名11',
  '完善“政银园企服保”平台',
  '打造知识产权服务“新模式”',
  '一、基本情况',
  '嘉定素有“科学卫星城”之称。',
  '二、主要做法',
  '(一)畅通联系渠道,提供个性化服务',
  '结合发展实际,加强联系。',
  '三、主要成效',
  '成为创新主体的“贴心人”。',
  '四、经验启示',
  '下一步,嘉定区将继续推进。',
].join('\n');

describe('readCases', () => {
  const { cases: read, findings } = cases(TWO_CASES);

  it('reads one case per 排名 line with rank, joined title and district from its text', () => {
    expect(read.map((c) => [c.caseId, c.rank, c.title, c.district, c.line, c.lineEnd])).toEqual([
      ['003-c10', 10, '打造“一环两专”服务 拓展产融合作渠道', '金山区', 1, 9],
      ['003-c11', 11, '完善“政银园企服保”平台 打造知识产权服务“新模式”', '嘉定区', 10, 21],
    ]);
  });

  it('sorts lines into background, practices and results by their labelled headings', () => {
    expect(read[0]).toMatchObject({
      background: '习近平总书记指出,要强化对企业的金融支持。',
      practices: '一是打造“闭环”服务,让对接更有温度。',
      results: '今年以来,金山区已举办系列金融服务对接沙龙。',
    });
    expect(read[1]!.practices).toBe('(一)畅通联系渠道,提供个性化服务\n结合发展实际,加强联系。');
  });

  it('keeps an unlabelled part after the results with the results, lines as written, and says so', () => {
    expect(read[1]!.results).toBe('成为创新主体的“贴心人”。\n四、经验启示\n下一步,嘉定区将继续推进。');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['case-heading-unlabelled', 20]]);
  });

  it('reads text before the first heading as background and reports a missing part', () => {
    const {
      cases: [only],
      findings: found,
    } = cases(
      '排名15\n打造诚信“硬支撑” 优化营商“软环境”\n静安区始终将信用数据价值提升。\n一、实施信用监管,助力行政效能提升\n1、“信用承诺+行政审批”让办证更便利。',
    );
    expect(only).toMatchObject({ background: '静安区始终将信用数据价值提升。', results: '' });
    expect(only!.practices).toBe('一、实施信用监管,助力行政效能提升\n1、“信用承诺+行政审批”让办证更便利。');
    expect(found.map((f) => f.rule)).toEqual(['case-heading-unlabelled', 'case-part-missing']);
  });
});

describe('joinTitle', () => {
  it('joins parallel title lines with a space', () => {
    expect(joinTitle(['精准服务、审管联动', '“开店一件事”助力营商环境'])).toBe(
      '精准服务、审管联动 “开店一件事”助力营商环境',
    );
  });

  it('joins a wrapped sentence directly', () => {
    expect(joinTitle(['搭建工程建设审批“高速路”,助力闵行', '产业发展“高质量”'])).toBe(
      '搭建工程建设审批“高速路”,助力闵行产业发展“高质量”',
    );
  });
});
