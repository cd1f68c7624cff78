import type { Category } from '../types';

/**
 * Keywords of each category, in order of precedence: an IP pledge loan is "patents" and a labour
 * arbitration court "jobs", so the narrower topics come before the broader ones. The last rows name
 * topics the spec files under "other" (food safety, quality, industrial platforms), so that their
 * clauses do not fall through to the paragraph's broader topic.
 */
/** Categories whose keywords (企业, 投资…) are so common that any other topic named nearby wins. */
export const WEAK_CATEGORIES: Category[] = ['enterprises', 'other'];

/** Qualifiers that decide the category wherever they stand: IP loans are patents, listed firms loans. */
export const DECISIVE_QUALIFIERS: [Category, string[]][] = [
  ['patents', ['知识产权', '专利', '商标', 'PCT']],
  ['loans', ['上市']],
];

/**
 * Indicators that name no topic of their own: a bare count of firms or of paperwork takes the topic of
 * its clause or sentence ("惠及企业5千家" in a sentence on 信易贷 is loans; "60多页纸质材料" of a
 * registration filing is approvals).
 */
export const GENERIC_INDICATOR = /^(?:纸质|电子)?(?:企业|材料|单位|经营主体|市场主体)$/;

/** Procedural words (办理, 材料) that yield to any other topic an indicator names ("许可证办理业务" is approvals). */
export const PROCEDURAL_WORDS = ['办理', '材料'];

export const CATEGORY_KEYWORDS: [Category, string[]][] = [
  ['patents', ['知识产权', '专利', '商标', 'PCT', '转移转化']],
  [
    'loans',
    [
      '贷款',
      '贷',
      '信贷',
      '授信',
      '融资',
      '担保',
      '贴息',
      '贴费',
      '银行',
      '金融',
      '上市',
      '保险',
      '投保',
      '风险补偿',
      '基金',
      '利息',
      '资金池',
    ],
  ],
  ['jobs', ['就业', '岗位', '招聘', '劳动', '仲裁', '用工', '稳岗', '职业指导', '创业', '带岗', '失业']],
  ['talent', ['人才', '培训', '专家', '院士', '博士后', '技师', '技能', '育婴员', '质量官', '总监']],
  [
    'social',
    [
      '托育',
      '托幼',
      '入托',
      '幼儿园',
      '育儿',
      '养老',
      '为老',
      '助餐',
      '睦邻',
      '医疗',
      '医保',
      '就医',
      '救助',
      '老年人',
    ],
  ],
  ['legal', ['法治', '法律', '调解', '公证', '纠纷', '案件', '律师', '诉讼', '立案', '法官', '司法', '观察点', '争议']],
  [
    'approvals',
    ['审批', '许可', '审查', '审核', '预审', '登记', '备案', '验收', '施工', '办证', '退税', '工作日', '证照', '图纸'],
  ],
  [
    'gov_services',
    [
      '网办',
      '政务服务',
      '一网通办',
      '窗口',
      '响应',
      '接通率',
      '解决率',
      '满意率',
      '电子印章',
      '帮办',
      '热线',
      '差评',
      '招投标',
      '证明',
      '办理',
      '材料',
      '高频',
      '公共服务',
      '一件事',
      '代办',
      '办事',
      '政策宣',
      '发布',
      '全渠道',
      '线上办理',
      '网上办理',
      '在线办理',
      '受理',
    ],
  ],
  ['enterprises', ['企业', '投资', '签约', '招商', '入驻', '产业集群']],
  ['other', ['餐饮', '食品', '质量攻关', '工业互联网', 'NQI', '案例', '巡查', '检查', '核查', '预算收入', '财政收入']],
];
