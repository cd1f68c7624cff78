import { describe, expect, it } from 'vitest';
import { readDocumentMeta } from '../../../../src/pipeline/structure/documentMeta';
import { findTitle } from '../../../../src/pipeline/structure/documentTitle';
import {
  findDateLine,
  findDocNumber,
  findIssuers,
  issuerFromDocNumber,
} from '../../../../src/pipeline/structure/noticeBlock';
import { sourceLines } from '../../../../src/pipeline/structure/sourceLines';

const PUTUO_NOTICE = [
  '各部、委、办、局,法院、检察院,各街道、镇,各人民团体:',
  '《普陀区深化推进一流营商环境建设行动方案》已经区委、区人民政府同意,现印发给你们,请认真贯彻执行。',
  '中共上海市普陀区委办公室',
  '上海市普陀区人民政府办公室',
  '2021年3月5日',
  '普陀区深化推进一流营商环境建设行动方案',
  '为深入贯彻国家、上海市关于优化营商环境部署安排,特制订本行动方案:',
  '一、让企业办事更省心',
].join('\n');

const MINHANG_NOTICE = [
  '闵府规发〔2023〕3号',
  '各镇人民政府、街道办事处,莘庄工业区管委会,区政府各委、办、局,各区属公司:',
  '现将《闵行区持续优化营商环境激发市场活力行动方案》印发给你们,请认真按照执行。',
  '特此通知。',
  '2023年3月3日',
  '闵行区持续优化营商环境激发市场活力行动方案',
  '为贯彻落实市委市政府关于优化营商环境工作部署,按照《上海市人民政府办公厅关于印发<上海市加强集成创新持续优化营商环境行动方案>的通知》(沪府办规〔2023〕1号)要求,制定本方案。',
].join('\n');

describe('findTitle', () => {
  it('takes the line that repeats the name the notice quotes, not the notice', () => {
    expect(findTitle(sourceLines(PUTUO_NOTICE))).toEqual({
      title: '普陀区深化推进一流营商环境建设行动方案',
      titleIndex: 5,
      bodyFrom: 6,
    });
  });

  it('matches a title written with spaces in the notice header (004)', () => {
    const text =
      '关于转发区发改委制订的《金山区聚焦提升企业感受 持续优化营商环境行动方案》的通知\n金府办发〔2025〕4号\n金山区聚焦提升企业感受 持续优化营商环境行动方案';
    expect(findTitle(sourceLines(text)).titleIndex).toBe(2);
  });

  it('takes the name a notice publishes when no line repeats it (003)', () => {
    const text =
      '营商环境是企业生存发展的土壤。\n为促进各区间相互学习借鉴,现印发公布2023年度各区优化营商环境优秀案例。\n排名10';
    expect(findTitle(sourceLines(text))).toEqual({
      title: '2023年度各区优化营商环境优秀案例',
      titleIndex: null,
      bodyFrom: 2,
    });
  });

  it('falls back to the first non-blank line of a document without a notice', () => {
    const text = '\n某区营商环境行动方案\n为深入落实《上海市优化营商环境条例》,制定本方案。';
    expect(findTitle(sourceLines(text))).toEqual({ title: '某区营商环境行动方案', titleIndex: 1, bodyFrom: 2 });
  });
});

describe('notice block', () => {
  it('findDocNumber reads 闵府规发〔2023〕3号', () => {
    expect(findDocNumber(sourceLines(MINHANG_NOTICE))).toBe('闵府规发〔2023〕3号');
  });

  it('findIssuers reads the signing bodies above the date line, in order', () => {
    const lines = sourceLines(PUTUO_NOTICE);
    expect(findIssuers(lines, findDateLine(lines))).toEqual(['中共上海市普陀区委办公室', '上海市普陀区人民政府办公室']);
  });

  it('findIssuers finds none above an unsigned date line', () => {
    const lines = sourceLines(MINHANG_NOTICE);
    expect(findIssuers(lines, findDateLine(lines))).toEqual([]);
  });

  it('findIssuers skips the blank lines and full-width indents of 002', () => {
    const lines = sourceLines(
      '  请认真按照执行。\n\n\u2003\u2003上海市金山区推进政府职能转变和行政审批制度改革领导小组办公室\n\n\u2003\u20032023年8月4日',
    );
    expect(findIssuers(lines, findDateLine(lines))).toEqual([
      '上海市金山区推进政府职能转变和行政审批制度改革领导小组办公室',
    ]);
  });

  it('issuerFromDocNumber names the district government behind a number prefix', () => {
    expect(issuerFromDocNumber('闵府规发〔2023〕3号')).toBe('上海市闵行区人民政府');
    expect(issuerFromDocNumber('金府办发〔2025〕4号')).toBe('上海市金山区人民政府办公室');
    expect(issuerFromDocNumber('沪府办规〔2023〕1号')).toBeNull();
  });
});

describe('readDocumentMeta', () => {
  it("reads 001's notice: issuers, date, district, kind; no number", () => {
    const { meta, bodyFrom } = readDocumentMeta(sourceLines(PUTUO_NOTICE), PUTUO_NOTICE);
    expect(meta).toEqual({
      title: '普陀区深化推进一流营商环境建设行动方案',
      kind: 'action_plan',
      district: '普陀区',
      issuers: ['中共上海市普陀区委办公室', '上海市普陀区人民政府办公室'],
      docNumber: null,
      issueDate: '2021-03-05',
      effectiveFrom: null,
      effectiveTo: null,
    });
    expect(bodyFrom).toBe(6);
  });

  it('ignores a document number cited in the body and records an inferred issuer', () => {
    const { meta, findings } = readDocumentMeta(sourceLines(MINHANG_NOTICE), MINHANG_NOTICE);
    expect(meta.docNumber).toBe('闵府规发〔2023〕3号');
    expect(meta.issuers).toEqual(['上海市闵行区人民政府']);
    expect(findings.map((f) => f.rule)).toEqual(['issuer-from-doc-number']);
  });
});
