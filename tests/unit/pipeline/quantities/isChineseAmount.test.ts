import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';
import { isChineseAmount } from '../../../../src/pipeline/quantities/isChineseAmount';

/** Whether the Chinese numeral at `numeral` in the text states an amount. */
const judge = (text: string, numeral: string) => {
  const c = findCandidates(text).find((x) => x.chinese && text.slice(x.numberStart).startsWith(numeral));
  return c ? isChineseAmount(c, text) : false;
};

describe('isChineseAmount', () => {
  it.each([
    ['新出台涉企政策一个月内100%在企业服务云归集发布', '一'],
    ['每人每年至少开展一次帮办工作', '一'],
    ['继续巩固企业间转移登记“一个环节、90分钟”办结改革成效', '一'],
    ['积聚百亿规模基金', '百'],
    ['我市已推出三批共47个区级优秀案例', '三'],
    ['将业务合并至一个窗口', '一'],
    ['享受先受理、两周后补齐材料的便利举措', '两'],
  ])('counts the numeral in "%s"', (text, numeral) => expect(judge(text, numeral)).toBe(true));

  it.each([
    ['做优做强市民云、企业云两个服务渠道', '两'],
    ['按照无差别综合窗口和分领域综合窗口两种模式', '两'],
    ['持续推进“两个免于提交”', '两'],
    ['严格落实行政执法三项制度(行政执法公示制度、执法全过程记录制度)', '三'],
    ['商场管理方准备好一套材料', '一'],
    ['经调处的纠纷,二次申诉率(0.37%)', '二'],
    ['完成“信易贷”平台二期建设', '二'],
    ['深入贯彻落实党的二十大精神', '二'],
  ])('does not count the numeral in "%s"', (text, numeral) => expect(judge(text, numeral)).toBe(false));
});
