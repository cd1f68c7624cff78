import type { DocumentKind, QuantityKind } from '../types';
import type { Candidate } from './findCandidates';
import { lineAt, numberBounds, type NumberBounds } from './textSpans';

/** What the surrounding document says about an amount's place. */
export interface KindContext {
  docKind: DocumentKind;
  /** True inside a case's background part (工作背景, 基本情况), which describes the state before it. */
  inBackground: boolean;
}

/** The kind of an amount, its direction for a change, and whether it is a figure from before a change. */
export interface KindReading {
  kind: QuantityKind;
  direction: 'up' | 'down' | null;
  /** True for a pre-reform figure ("从102个缩减到59个", "原来…7个工作日"), which has no current year. */
  former: boolean;
}

/** Verbs of change right before a rate ("同比增长4.83%", "下降15%"), with their direction. */
const CHANGE_VERBS: [string, 'up' | 'down'][] = [
  ['增长', 'up'],
  ['上升', 'up'],
  ['提高', 'up'],
  ['增加', 'up'],
  ['提升', 'up'],
  ['下降', 'down'],
  ['减少', 'down'],
  ['降低', 'down'],
  ['缩短', 'down'],
  ['压缩', 'down'],
];

const FORMER_MARKERS = ['原来', '原先', '原有', '改革前'];
/** Words that mark a state already in place: an existing list, a standard being kept or deepened. */
const STATE_MARKERS = ['现有', '拥有', '巩固', '深化'];
/** In a report, words that mark a plan or forecast; in a plan, words that mark a result already reached. */
const TARGET_MARKERS = ['预计', '计划', '下一步', '还将', '在未来', '力争', '争取', '目标'];
const OUTCOME_MARKERS = ['已', '累计', '截至', '截止'];

/** Verbs that report what the counted actors did ("全区3家律师事务所与各乡镇商会建立联系合作机制"). */
const DEED_VERBS = /建立|开展|设立|完成|获得|提供|参与|参加|签订|签署|实现|推出/;

const isTime = (c: Candidate) => c.unit?.unitClass === 'duration_days' || c.unit?.unitClass === 'duration_minutes';

/**
 * Decides whether an amount is a target, an outcome, a baseline or a change: a rate right after a verb
 * of change is a change; the first figure of "从A…到B", a pre-reform figure, an existing state or
 * standing setting, or a time that defines a rate ("1分钟响应率") is a baseline; otherwise the markers
 * of the sentence, else the kind of document (a plan sets targets, a case collection reports outcomes).
 */
export function detectKind(
  c: Candidate,
  text: string,
  context: KindContext,
  bounds: NumberBounds = numberBounds(text, c.numberStart),
): KindReading {
  const { clause, sentence } = bounds;
  const prefix = text.slice(clause.start, c.numberStart);
  const rest = text.slice(c.end, clause.end);
  const direction = changeDirection(c, prefix);
  if (direction) return { kind: 'change', direction, former: false };
  const around: Around = {
    prefix,
    rest,
    clauseEnd: clause.end,
    sentencePrefix: text.slice(sentence.start, c.numberStart),
  };
  if (isFormer(c, text, around)) return { kind: 'baseline', direction: null, former: true };
  if (
    isState(c, prefix, rest) ||
    (context.docKind === 'case_collection' && isReportedState(c, text, around, context))
  ) {
    return { kind: 'baseline', direction: null, former: false };
  }
  const { sentencePrefix } = around;
  return { kind: defaultKind(prefix, sentencePrefix, context.docKind), direction: null, former: false };
}

/** The words around an amount in its clause and sentence, read once for every test of its kind. */
interface Around {
  prefix: string;
  rest: string;
  clauseEnd: number;
  sentencePrefix: string;
}

function changeDirection(c: Candidate, prefix: string): 'up' | 'down' | null {
  if (c.unit?.unitClass !== 'percent' && c.unit?.unitClass !== 'multiple') return null;
  const near = prefix.slice(-4).replace(/约|近|了$/g, '');
  return CHANGE_VERBS.find(([verb]) => near.endsWith(verb))?.[1] ?? null;
}

/** The starting figure of "从A…到B", a figure marked as former, or one in the 改革前 part of a comparison. */
function isFormer(c: Candidate, text: string, { prefix, rest, sentencePrefix: before }: Around): boolean {
  if (/[从由]/.test(prefix) && /^[^0-9０-９]{0,8}(到|至)/.test(rest)) return true;
  const sentencePrefix = before.split(/现在|目前|改革后|变为|实现/).at(-1) ?? '';
  if (FORMER_MARKERS.some((m) => sentencePrefix.includes(m))) return true;
  const linePrefix = text.slice(lineAt(text, c.start).start, c.start);
  return linePrefix.lastIndexOf('改革前') > linePrefix.lastIndexOf('改革后');
}

/** An existing list or standard, a benchmark compared with ("远低于…1.99%"), or a time defining a rate. */
function isState(c: Candidate, prefix: string, rest: string): boolean {
  if (/(本区|现有)$/.test(prefix) || STATE_MARKERS.some((m) => prefix.includes(m))) return true;
  if (/[0-9０-９][^0-9０-９]*(低于|高于)/.test(prefix)) return true;
  return isTime(c) && /^[\u4e00-\u9fff]{0,3}率/.test(rest);
}

/**
 * In a case report, the background, the standing settings of a scheme (每周开展一次检查, 50%的利息补贴,
 * 两周后补齐材料, 停留超过3分钟,即推送…), the scope of a list (清单(共22项), 6大重点产业“白名单”), those
 * who carry out a procedure (由街道三个片区工作站…处理), a project described after its name (该项目总投资…)
 * and the size of what a district has (全区14个社区服务中心和2个办税服务厅) describe the state the case
 * works in.
 */
function isReportedState(
  c: Candidate,
  text: string,
  { prefix, rest, clauseEnd, sentencePrefix }: Around,
  context: KindContext,
): boolean {
  if (context.inBackground && !/实现/.test(prefix)) return true;
  if ((c.unit?.unit === '次' || isTime(c)) && /每/.test(prefix)) return true;
  if (c.unit?.unitClass === 'percent' && /补贴|比例/.test(prefix + rest)) return true;
  if (isTime(c) && (/^后/.test(rest) || /^[，,](?:即|则|便)/.test(text.slice(clauseEnd, clauseEnd + 2)))) return true;
  if (/^[^，,]{0,8}(?:清单|目录|名单)/.test(rest) || /(?:清单|目录|名单)[(（]?(?:共|计)?$/.test(prefix)) return true;
  if (describesNamedSubject(sentencePrefix)) return true;
  return c.unit?.unitClass === 'count' && (/由[^，,]{0,4}$/.test(prefix) || isDistrictSize(prefix, rest));
}

/** A sentence opening with 该 describes what was just named ("该项目总投资规模36.4亿元"), unless it looks ahead. */
function describesNamedSubject(sentencePrefix: string): boolean {
  return /^该/.test(sentencePrefix) && !TARGET_MARKERS.some((m) => sentencePrefix.includes(m));
}

/** "全区12个街镇", "全区14个X和2个Y": the size of a district, unless the clause reports what they did. */
function isDistrictSize(prefix: string, rest: string): boolean {
  const own = prefix.replace(/[0-9０-９一二两三四五六七八九十]+[^\s，,0-9０-９]{1,12}(?:和|及|与|、)$/, '');
  return /(全区|全市)$/.test(own) && !DEED_VERBS.test(rest);
}

function defaultKind(prefix: string, sentencePrefix: string, docKind: DocumentKind): QuantityKind {
  if (docKind === 'case_collection')
    return TARGET_MARKERS.some((m) => sentencePrefix.includes(m)) ? 'target' : 'outcome';
  return OUTCOME_MARKERS.some((m) => prefix.includes(m)) ? 'outcome' : 'target';
}
