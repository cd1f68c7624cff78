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
  it('reads a plain figure of a plan as a target', () => expect(kindOf('2023年新增城镇就业岗位4.3万个', '4.3万个', PLAN).kind).toBe('target'));
  it('reads a plain figure of a case report as an outcome', () => expect(kindOf('累计为126家企业定制了专属融资方案', '126家', REPORT).kind).toBe('outcome'));
  it('reads "同比增长4.83%" as a change upwards', () => expect(kindOf('同比增长4.83%', '4.83%', REPORT)).toMatchObject({ kind: 'change', direction: 'up' }));
  it('reads "正式立案数量同比下降15%" as a change downwards', () => expect(kindOf('正式立案数量同比下降15%', '15%', REPORT)).toMatchObject({ kind: 'change', direction: 'down' }));
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
  it('reads an existing list "本区277项" as a baseline', () => expect(kindOf('全面实行本区277项行政许可事项清单管理', '277项', PLAN).kind).toBe('baseline'));
  it('reads the time in "提升1分钟响应率" as a baseline standard', () => expect(kindOf('提升1分钟响应率', '1分钟', PLAN).kind).toBe('baseline'));
  it('reads a figure in a case background as a baseline', () => {
    expect(kindOf('全区共有高价值发明专利6568件', '6568件', { ...REPORT, inBackground: true }).kind).toBe('baseline');
  });
  it('reads a forecast in a report as a target', () => expect(kindOf('下一步还将联合其他部门,逐步覆盖25个全行业综合许可证', '25个', REPORT).kind).toBe('target'));
});
