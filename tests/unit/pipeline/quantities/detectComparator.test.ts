import { describe, expect, it } from 'vitest';
import { detectComparator } from '../../../../src/pipeline/quantities/detectComparator';
import { findCandidates } from '../../../../src/pipeline/quantities/findCandidates';

/** The comparator of the amount written as `quantity` in the text. */
const comparatorOf = (text: string, quantity: string) => {
  const c = findCandidates(text).find((x) => text.slice(x.start, x.end) === quantity)!;
  return detectComparator(c, text).comparator;
};

describe('detectComparator', () => {
  it.each([
    ['事项比例达到95%以上', '95%', '>='],
    ['扩大至少130项公共服务事项', '130项', '>='],
    ['全程网办率达89%', '89%', '>='],
    ['政策性担保贷款力争达到100亿元', '100亿元', '>='],
    ['争取区域上市企业总数突破10家', '10家', '>'],
    ['投资额超670亿元', '670亿元', '>'],
    ['“差评不属实”比例不超过25%', '25%', '<='],
    ['降低担保费率至1%以下', '1%', '<='],
    ['对担保费给予最高100%补贴', '100%', '<='],
    ['从5个工作日压缩至3个工作日', '3个工作日', '<='],
    ['累计访问量近1600人次', '1600人次', '~'],
    ['区内集聚了数字经济企业7000余家', '7000余家', '~'],
    ['在1-2个街镇设立劳动仲裁派出庭', '1-2个', '<='],
    ['高质量建成20+社区就业服务站点', '20+', '>='],
    ['新增城镇就业岗位4.3万个', '4.3万个', '='],
    ['绿色等级商户数量上升至99.1%', '99.1%', '='],
    ['每年平台企业自身受理的各类纠纷就达千万件', '千万件', '~'],
  ])('reads "%s" → %s as %s', (text, quantity, comparator) => expect(comparatorOf(text, quantity)).toBe(comparator));

  it('reads a time after 力争达到 as a cap: "力争达到线上1分钟响应" is <=', () => {
    expect(comparatorOf('力争达到线上1分钟响应,接通率100%', '1分钟')).toBe('<=');
  });
  it('lets a short list item share the goal verb before it: "接通率100%" is >=', () => {
    expect(comparatorOf('力争达到线上1分钟响应,接通率100%,解决率90%', '90%')).toBe('>=');
  });
  it('reads 不超过 as <= and not as 超过', () => expect(comparatorOf('首次响应不超过1分钟', '1分钟')).toBe('<='));
});
