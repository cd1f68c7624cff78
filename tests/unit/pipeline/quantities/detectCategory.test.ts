import { describe, expect, it } from 'vitest';
import { detectCategory } from '../../../../src/pipeline/quantities/detectCategory';

describe('detectCategory', () => {
  it('files 新增城镇就业岗位 under jobs', () => expect(detectCategory('新增城镇就业岗位', '', [])).toBe('jobs'));
  it('files IP pledge loans under patents', () =>
    expect(detectCategory('知识产权质押融资贷款', '', [])).toBe('patents'));
  it('files listed firms under loans', () => expect(detectCategory('区域上市企业总数', '', [])).toBe('loans'));
  it('reads the head noun last: 网络投保涉疫人身保险合同纠纷 is legal', () =>
    expect(detectCategory('网络投保涉疫人身保险合同纠纷', '', [])).toBe('legal'));
  it('lets a specific topic in the clause win over 企业 in the indicator', () => {
    expect(detectCategory('企业', '帮助12家企业获得银行授信3039万元', [])).toBe('loans');
  });
  it('falls back to the wider context, then to other', () => {
    expect(detectCategory('', '新增资助项目10个', ['深化职业技能提升行动,实施首席技师资助项目'])).toBe('talent');
    expect(detectCategory('', '', ['无关的句子'])).toBe('other');
  });
  it('lets the sentence name the topic of a bare count of firms: 惠及企业5千家 on 信易贷 is loans', () => {
    expect(detectCategory('企业', '惠及企业5千家', ['制定《静安区“信易贷”宣传推广方案》,惠及企业5千家'])).toBe('loans');
  });
  it('files the pages of a registration filing under approvals: 60多页纸质材料', () => {
    expect(
      detectCategory('纸质材料', '有近60多页纸质材料', ['商场涉及的住所登记备案的材料类目较多,有近60多页纸质材料']),
    ).toBe('approvals');
  });
  it('lets a decisive qualifier before the amount in its clause decide: 专利开放许可交易…保险保障 is patents', () => {
    expect(
      detectCategory(
        '保险保障',
        '为智臻智能实现专利开放许可交易提供100万元的保险保障',
        [],
        '为智臻智能实现专利开放许可交易提供',
      ),
    ).toBe('patents');
  });
  it('lets a procedural word yield to the topic it serves: 全行业综合许可证办理业务 is approvals', () => {
    expect(detectCategory('全行业综合许可证办理业务', '逐步覆盖25个全行业综合许可证办理业务', [])).toBe('approvals');
  });
  it('files fiscal revenue under other even in a sentence on finance', () => {
    expect(
      detectCategory('一般公共预算收入', '虹口区一般公共预算收入168.41亿元', [
        '服务实体经济是金融发展的必然要求,虹口区一般公共预算收入168.41亿元',
      ]),
    ).toBe('other');
  });
});
