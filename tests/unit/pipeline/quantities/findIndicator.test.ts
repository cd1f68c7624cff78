import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';
import { findIndicator } from '../../../../src/pipeline/quantities/findIndicator';

/** The indicator of the amount written as `quantity` in the text (the first with a unit when none is named). */
const indicatorOf = (text: string, quantity?: string, previous: string | null = null) => {
  const c = findCandidates(text).find((x) => (quantity ? text.slice(x.start, x.end) === quantity : x.unit !== null))!;
  return findIndicator(c, text, previous);
};

describe('findIndicator', () => {
  it('takes the words before the number: "2023年新增城镇就业岗位4.3万个" → 新增城镇就业岗位', () => {
    expect(indicatorOf('2023年新增城镇就业岗位4.3万个')).toBe('新增城镇就业岗位');
  });
  it('takes the noun after a count: "设立30个基层法治观察点" → 基层法治观察点', () => {
    expect(indicatorOf('设立30个基层法治观察点,形成基层法治建设新模式')).toBe('基层法治观察点');
  });
  it('drops the comparator before the number: "政策性担保贷款力争达到100亿元" → 政策性担保贷款', () => {
    expect(indicatorOf('政策性担保贷款力争达到100亿元')).toBe('政策性担保贷款');
  });
  it('stops the noun at its verb: "12家企业获得银行授信" → 企业', () =>
    expect(indicatorOf('帮助12家企业获得银行授信')).toBe('企业'));
  it('names a count by its noun before or after the number: 服务企业300余家 and 300余家企业 → 企业', () => {
    expect(indicatorOf('服务企业300余家')).toBe('企业');
    expect(indicatorOf('惠及300余家企业')).toBe('企业');
  });

  it.each([
    ['累计为625家企业提供贴息近4000万元', '4000万元', '贴息'],
    ['帮助12家企业获得银行授信3039万元', '3039万元', '银行授信'],
    ['目前,全区共设立缴费服务窗口101个', '101个', '缴费服务窗口'],
    ['2023年新增区级人才公寓1万套,人才驿站22个', '22个', '人才驿站'],
    ['全区共有高价值发明专利6568件', '6568件', '高价值发明专利'],
    ['11位成员已为300余人解决难题', '11位', '成员'],
    ['归集税务、水电气、不动产、科研等信用信息18万余条', '18万余条', '信用信息'],
    ['组建“法治体检团”制作企业法治宣讲视频8期、开展法治体检5次', '5次', '法治体检'],
    ['虹口区一般公共预算收入168.41亿元', '168.41亿元', '一般公共预算收入'],
    ['可获得最高50%的利息补贴', '50%', '利息补贴'],
    ['为企业普惠金融贷款提供50%的贷款利息补贴和90%的担保费补贴', '90%', '担保费补贴'],
    ['申请量已占到全渠道的50%', '50%', '申请量'],
    ['二次申诉率(0.37%)远低于常规的客诉率(1.99%)', '0.37%', '二次申诉率'],
    ['二次申诉率(0.37%)远低于常规的客诉率(1.99%)', '1.99%', '客诉率'],
    ['建立综合巡查事项清单(共22项)', '22项', '综合巡查事项清单'],
    ['帮助纳税人仅用5分钟完成业务办理', '5分钟', '业务办理'],
    ['单笔缴费可在1分钟内完成', '1分钟', '单笔缴费'],
    ['为企业培育首席质量官、标准化总监和质量安全总监等40名以上', '40名', '首席质量官等'],
    ['“信易贷”平台汇聚21家银行的知识产权质押贷', '21家', '银行'],
    ['提供不少于10次线上线下公益免费的精准科学育儿指导服务', '10次', '精准科学育儿指导服务'],
    ['培育30家以上“链主”“链族”企业', '30家', '链主链族企业'],
    ['我市已推出三批共47个区级优秀案例', '三批', '区级优秀案例'],
  ])('reads "%s" → %s measures %s', (text, quantity, indicator) => expect(indicatorOf(text, quantity)).toBe(indicator));

  it('names the measured thing of "由A下降至B" for both amounts', () => {
    const text = '缴费人的平均办理路程由3公里下降至1公里';
    expect(indicatorOf(text, '3公里')).toBe('平均办理路程');
    expect(indicatorOf(text, '1公里')).toBe('平均办理路程');
  });
  it('names what changed: "贷款余额同比增长4.83%" → 贷款余额', () =>
    expect(indicatorOf('贷款余额同比增长4.83%', '4.83%')).toBe('贷款余额'));
  it('gives a bare rate of change the indicator of the amount before it', () => {
    expect(indicatorOf('新增政策性融资担保贷款51.85亿元,同比增长4.83%', '4.83%', '新增政策性融资担保贷款')).toBe(
      '新增政策性融资担保贷款',
    );
  });
  it('does not read a time before 率 as a change: "提升1分钟响应率" → 响应率', () =>
    expect(indicatorOf('提升1分钟响应率', '1分钟', '事项')).toBe('响应率'));
});
