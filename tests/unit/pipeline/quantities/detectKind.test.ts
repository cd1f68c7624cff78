import { describe, expect, it } from 'vitest';
import { detectKind, type KindContext } from '../../../../src/pipeline/quantities/detectKind';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';

const PLAN: KindContext = { docKind: 'action_plan', inBackground: false };
const REPORT: KindContext = { docKind: 'case_collection', inBackground: false };

const kindOf = (text: string, quantity: string, context: KindContext) => {
  const c = findCandidates(text).find((x) => text.slice(x.start, x.end) === quantity)!;
  return detectKind(c, text, context);
};

describe('detectKind', () => {
  it('reads a plain figure of a plan as a target', () =>
    expect(kindOf('2023年新增城镇就业岗位4.3万个', '4.3万个', PLAN).kind).toBe('target'));
  it('reads a plain figure of a case report as an outcome', () =>
    expect(kindOf('累计为126家企业定制了专属融资方案', '126家', REPORT).kind).toBe('outcome'));
  it('reads "同比增长4.83%" as a change upwards', () =>
    expect(kindOf('同比增长4.83%', '4.83%', REPORT)).toMatchObject({ kind: 'change', direction: 'up' }));
  it('reads "正式立案数量同比下降15%" as a change downwards', () =>
    expect(kindOf('正式立案数量同比下降15%', '15%', REPORT)).toMatchObject({ kind: 'change', direction: 'down' }));
  it('reads A of "从102个缩减到59个" as a former baseline and B as the outcome', () => {
    const text = '窗口数量从102个缩减到59个';
    expect(kindOf(text, '102个', REPORT)).toMatchObject({ kind: 'baseline', former: true });
    expect(kindOf(text, '59个', REPORT).kind).toBe('outcome');
  });
  it('reads "从5个工作日压缩至3个工作日" in a plan as baseline then target', () => {
    const text = '将办理正常退税时间从5个工作日压缩至3个工作日';
    expect(kindOf(text, '5个工作日', PLAN).kind).toBe('baseline');
    expect(kindOf(text, '3个工作日', PLAN).kind).toBe('target');
  });
  it('reads an existing list "本区277项" as a baseline', () =>
    expect(kindOf('全面实行本区277项行政许可事项清单管理', '277项', PLAN).kind).toBe('baseline'));
  it('reads the time in "提升1分钟响应率" as a baseline standard', () =>
    expect(kindOf('提升1分钟响应率', '1分钟', PLAN).kind).toBe('baseline'));
  it('reads a figure in a case background as a baseline', () => {
    expect(kindOf('全区共有高价值发明专利6568件', '6568件', { ...REPORT, inBackground: true }).kind).toBe('baseline');
  });
  it('reads a forecast in a report as a target', () =>
    expect(kindOf('下一步还将联合其他部门,逐步覆盖25个全行业综合许可证', '25个', REPORT).kind).toBe('target'));

  it.each([
    ['建立综合巡查事项清单(共22项)', '22项'],
    ['向金融机构推送区域6大重点产业“白名单”', '6大'],
    ['由街道三个片区工作站对接责任部门核查处理', '三个'],
    ['目前,全区14个社区服务中心和2个办税服务厅,共设立缴费服务窗口101个', '2个'],
    ['纳税人在界面停留超过3分钟,即向其推送该业务操作手册', '3分钟'],
    ['享受先受理、两周后补齐材料的便利举措', '两周'],
    ['该项目总投资规模36.4亿元,建筑面积12.3万平方米', '12.3万平方米'],
  ])('reads a standing setting or state of a case report as a baseline: "%s" → %s', (text, quantity) => {
    expect(kindOf(text, quantity, REPORT).kind).toBe('baseline');
  });
  it('reads what a district\'s actors did as an outcome: "全区3家律师事务所与…建立联系合作机制"', () => {
    expect(kindOf('全区3家律师事务所与各乡镇商会建立联系合作机制', '3家', REPORT).kind).toBe('outcome');
  });
  it('reads a time that is done in as an outcome: "仅用5分钟完成业务办理"', () =>
    expect(kindOf('帮助纳税人仅用5分钟完成业务办理', '5分钟', REPORT).kind).toBe('outcome'));
});
