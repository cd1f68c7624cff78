import { describe, expect, it } from 'vitest';
import { detectCategory } from '../../../../src/pipeline/quantities/detectCategory';

describe('detectCategory', () => {
  it('files 新增城镇就业岗位 under jobs', () => expect(detectCategory('新增城镇就业岗位', '', [])).toBe('jobs'));
  it('files IP pledge loans under patents', () => expect(detectCategory('知识产权质押融资贷款', '', [])).toBe('patents'));
  it('files listed firms under loans', () => expect(detectCategory('区域上市企业总数', '', [])).toBe('loans'));
  it('reads the head noun last: 网络投保涉疫人身保险合同纠纷 is legal', () => expect(detectCategory('网络投保涉疫人身保险合同纠纷', '', [])).toBe('legal'));
  it('lets a specific topic in the clause win over 企业 in the indicator', () => {
    expect(detectCategory('企业', '帮助12家企业获得银行授信3039万元', [])).toBe('loans');
  });
  it('falls back to the wider context, then to other', () => {
    expect(detectCategory('', '新增资助项目10个', ['深化职业技能提升行动,实施首席技师资助项目'])).toBe('talent');
    expect(detectCategory('', '', ['无关的句子'])).toBe('other');
  });
});
