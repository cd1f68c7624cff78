/**
 * Word tables that the indicator finder uses to trim a clause down to the noun phrase an amount measures.
 * Each table is a list of alternatives; lookarounds keep words that are part of nouns (有效, 行为, 公共).
 */

const anyOf = (words: string[]) => `(?:${words.join('|')})`;

/** Shanghai's districts, whose names open many reported figures ("虹口区一般公共预算收入"). */
const DISTRICTS = '(?:黄浦|徐汇|长宁|静安|普陀|虹口|杨浦|闵行|宝山|嘉定|浦东新|金山|松江|青浦|奉贤|崇明)';

/** Words that open a clause without naming anything: time, scope, adverbs, prepositions, goal verbs. */
const LEADING = [
  '\\d{4}年(?:底|末|内|以来)?', '[0-9-]+月(?:份)?', '(?:底|末)(?=[\\u4e00-\\u9fff])', '今年(?:以来)?', '全年', '年内', '每年', '每月', '近年来', '截[至止]目前', '目前',
  '例如', '比如', '其中', '同时', '另有', '另外', '此外', '现场', '并且?', '且',
  '全区', '全市', '区内', '本区', '本市', '我区', '我市', '各类', '各项', '该', `${DISTRICTS}区`, '[\\u4e00-\\u9fff]{2,3}街道(?=[\\u4e00-\\u9fff“《]{2})',
  '(?:领域|方面|行业)(?=[\\u4e00-\\u9fff]{2})', '(?:降低|提升|提高|扩大|压缩|缩短)(?=[\\u4e00-\\u9fff]{2})',
  '累计', '共计', '共有', '(?<!公)共(?![享担建治同性识])', '已经', '已', '均', '仅', '就', '还', '了', '原来', '原先', '现有',
  '计划', '力争', '争取', '确保', '推动', '推进', '实现了?', '持续', '进一步', '积极', '加快', '全面', '不断', '逐步', '达到', '达',
  '将', '把', '对', '在', '向', '为(?!老)', '由(?!于)', '从(?![业事])', '通过', '可', '有(?![效关序力机限])', '和', '及', '与', '是', '服务(?=[\\u4e00-\\u9fff]{2})',
];

/** Words that link an indicator to its amount: comparators, copulas, verbs of reaching a level. */
const TRAILING = [
  '力争达到', '力争', '达到', '不少于', '不低于', '不高于', '不多于', '至少', '不超过', '最高', '最低', '将近', '接近', '大约', '约', '近', '超过', '超出', '突破', '超', '逾', '达',
  '(?:增|提升|提高|降低|压缩|压减|缩减|缩短|下降|上升|增加|减少|扩大)(?:至|到)',
  '(?<![行作成认])为', '是', '共计', '(?<!公)共', '(?<![所拥现具])有', '占到', '占了', '占(?!比)', '就', '已经', '已', '了', '的', '仅用', '用了', '可在', '(?<![所存现实])在', '等(?!级)', '于', '至', '到', '每',
];

/** Verbs after which the object, not the actor, is what an amount measures ("为625家企业提供贴息"). */
const OBJECT_VERBS = [
  '提供', '获得', '给予', '实现', '成为', '发放', '设立', '组建', '组织', '举办', '开展', '制作', '推出', '发布', '解决', '帮助', '覆盖', '选用', '归集', '盘活',
  '处理', '受理', '惠及', '遍布', '上线', '选取', '推送', '建成', '启动', '引进', '培育', '争创', '挖掘', '扩大', '集聚', '积聚', '汇聚', '定制',
  '购买', '出台', '实行', '筛选出', '选出', '评估', '办结', '实施', '打造', '达成', '运行', '挂牌', '完成', '新建', '建设', '建立', '将', '把', '辅导', '出证',
];

/** Adverbs that separate the actor from what it did ("11位成员已为", "全区共有"). */
const ACTOR_ADVERBS = ['已经', '已', '共计', '共有', '(?<!公)共(?![享担建治同性识])'];

/** Words that end the noun written after a count ("12家企业获得…", "50名教师参加…"). */
const NOUN_ENDS = [
  '获得', '处于', '出台', '参加', '参与', '推进', '实现', '开始', '进行', '完成', '纳入', '解决', '达成', '通过', '享受', '作为', '提供', '购买',
  '被', '在', '定制', '建立', '试点', '集中', '获益', '对接', '用于', '供', '导致', '已', '与', '和', '及', '以及', '等(?!级)', '设立', '成功',
  '办结', '(?<!公)共', '从', '由', '缩减', '压缩', '下降', '上升', '增加', '减少', '降低', '提高', '提升', '增长',
];

/** Heads too abstract to be what a count counts ("12次入托的需求" counts 入托). */
export const ABSTRACT_HEADS = /^(?:需求|问题|情况|工作|举措|便利|能力|水平|作用|效果)$/;

/** Words that open a modifier rather than name a thing ("6项基于企业专属网页的办理事项"). */
export const MODIFIER_OPENERS = /^(?:基于|面向|针对|关于|围绕|对|为|具备|具有|符合|涉及|满足)/;

/** A verb of change that ends a rate's clause ("同比增长", "比“十三五”末增长约"). */
export const CHANGE_TAIL = new RegExp(
  `(?:同比|环比|较上年|比[^，,]{0,10})?(?:增长|上升|提高|增加|提升|下降|减少|降低|缩短|压缩|增幅|降幅)(?:了|约|近)*$`,
);

export const LEADING_WORDS = new RegExp(`^${anyOf(LEADING)}+`);
export const TRAILING_WORDS = new RegExp(`${anyOf(TRAILING)}+$`);
export const OBJECT_VERB = new RegExp(anyOf(OBJECT_VERBS), 'g');
export const ACTOR_ADVERB = new RegExp(anyOf(ACTOR_ADVERBS), 'g');
export const NOUN_END = new RegExp(anyOf(NOUN_ENDS), 'g');

/** Measure words that count events (次, 场, 期): after a long 的-phrase they count the event it names. */
export const EVENT_UNITS = new Set(['次', '场', '期', '轮', '批', '人次', '场次', '件次', '家次', '户次']);
