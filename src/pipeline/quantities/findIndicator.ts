import { findCandidates, type Candidate } from './findCandidates';
import {
  ABSTRACT_HEADS,
  ACTOR_ADVERB,
  CHANGE_TAIL,
  EVENT_UNITS,
  LEADING_WORDS,
  MODIFIER_OPENERS,
  NOUN_END,
  OBJECT_VERB,
  TRAILING_WORDS,
} from './indicatorWords';
import { isChineseAmount } from './isChineseAmount';

/** Characters that end the stretch an indicator is read from: clause and list boundaries. */
const BEFORE_STOP = /[。！？；;\n，,：:、]/;
/** After the amount, brackets, "+" and the next number end the noun as well. */
const AFTER_STOP = /[。！？；;\n，,：:、()（）+＋0-9０-９]/;
const QUOTES = /[“”"《》「」]/g;
const OPEN_BRACKETS = /[(（]/g;
/** What an after-unit comparator, a scale word or "后" leaves before the noun ("百亿规模基金", "两周后补齐材料"). */
const AFTER_LEAD = /^(?:及以上|及以下|以上|以下|以内|之内|左右|规模|级|余|多|内|后|的|是)*/;
/** A time followed by what is done in it ("5分钟完成业务办理", "1秒钟即可生成准予修复决定"). */
const COMPLETES = /^(?:即可|即|就|可)?(?:完成|办结|生成)/;
/** What a date or year leaves after its number ("2023年底", "1-9月"). */
const DATE_REST = /^(?:年|月|日|号)?(?:底|末|内|以来|份)?/;
const CJK = /[\u4e00-\u9fff]/;

/** How the words before an amount read once trimmed. */
interface Lead {
  phrase: string;
  /** The amount is the object of a verb or the second of a pair ("提供50%的…", "…补贴和90%的…"). */
  objectFollows: boolean;
  /** Only a verb of change stood before the amount ("同比增长4.83%"): it measures the subject before it. */
  changeOnly: boolean;
}

/** What the words after an amount name. */
interface Follower {
  noun: string;
  /** The amount is the time something takes ("5分钟完成业务办理"). */
  completes: boolean;
}

/**
 * Finds the noun phrase an amount measures. A count names what it counts after its measure word
 * ("设立30个基层法治观察点" → 基层法治观察点); otherwise the words before the number, trimmed of time,
 * scope, actors, verbs, comparators and other amounts ("2023年新增城镇就业岗位4.3万个" → 新增城镇就业岗位,
 * "为625家企业提供贴息4000万元" → 贴息, "平均办理路程由3公里下降至1公里" → 平均办理路程). A bare rate of
 * change ("同比增长4.83%"), or an amount nothing names, measures what the amount before it in the sentence
 * measured: `previous`.
 */
export function findIndicator(c: Candidate, text: string, previous: string | null = null): string {
  const lead = readLead(c, text);
  const { noun, completes } = readFollower(c, text);
  if (c.unit?.unitClass === 'count' || c.plus) return noun || lead.phrase || previous || '';
  if (lead.changeOnly && isRate(c)) return previous ?? '';
  if (noun !== '' && (lead.objectFollows || completes || lead.phrase === '')) return noun;
  if (noun !== '' && lead.phrase.length < 3 && CJK.test(text[c.end] ?? '')) {
    return text[c.end] === '的' ? noun + lead.phrase : lead.phrase + noun;
  }
  return lead.phrase || previous || '';
}

const isRate = (c: Candidate) => c.unit?.unitClass === 'percent' || c.unit?.unitClass === 'multiple';

/** Reads and trims the words between the clause start and the number. */
function readLead(c: Candidate, text: string): Lead {
  const start = stretchStart(text, c.numberStart);
  const list = listName(text, start, c.numberStart);
  if (list) return { phrase: list, objectFollows: false, changeOnly: false };
  const stretch = fromToSubject(text.slice(start, c.numberStart));
  const raw = afterLastAmount(stretch).replace(/^[^\u4e00-\u9fffA-Za-z“”"《]+/, '');
  const [inside, outside] = splitBracket(raw);
  const objectFollows = /(?:的|和|及|与)$/.test(inside) || endsWithObjectVerb(inside);
  const untied = inside.replace(TRAILING_WORDS, '');
  const changeOnly =
    untied !== '' && CHANGE_TAIL.test(untied) && untied.replace(CHANGE_TAIL, '').replace(LEADING_WORDS, '') === '';
  const phrase = trimPhrase(untied.replace(CHANGE_TAIL, '')) || trimPhrase(outside.replace(TRAILING_WORDS, ''));
  return { phrase, objectFollows, changeOnly };
}

/** Finds where the words naming an amount begin: the last clause or list boundary. */
function stretchStart(text: string, pos: number): number {
  let start = pos;
  while (start > 0 && !BEFORE_STOP.test(text[start - 1]!)) start--;
  return start;
}

/**
 * Names a list closed by 等 by its first item: "首席质量官、标准化总监和质量安全总监等40名" → 首席质量官等,
 * "对接沙龙、金融机构进园区等活动8场" → 对接沙龙等活动. Returns null when the amount follows no such list.
 */
function listName(text: string, start: number, numberStart: number): string | null {
  if (text[start - 1] !== '、') return null;
  const last = text.slice(start, numberStart).replace(/(?:力争达到|达到|不少于|至少|约|近|超过|共)+$/, '');
  const closed = /等(?!级)([\u4e00-\u9fff]{0,2})$/.exec(last);
  if (!closed || /[0-9０-９]/.test(last)) return null;
  let listStart = start - 1;
  while (listStart > 0 && !/[。！？；;\n，,：:]/.test(text[listStart - 1]!)) listStart--;
  const items = text.slice(listStart, start - 1);
  if (/[0-9０-９]/.test(items)) return null;
  const first = trimPhrase(items.split('、')[0]!);
  return first === '' ? null : `${first}等${closed[1]}`;
}

/** In "窗口数量从102个缩减到59个" both amounts measure what stands before 从 (or 由). */
function fromToSubject(before: string): string {
  const m = /^(.*)[从由]([^从由]*)$/.exec(before);
  if (!m || m[1] === '') return before;
  return m[2] === '' || (/[0-9０-９]/.test(m[2]!) && /(到|至)$/.test(m[2]!)) ? m[1]! : before;
}

/** Drops everything up to the last other amount or date in the stretch ("帮助12家企业获得银行授信" → 企业获得银行授信). */
function afterLastAmount(before: string): string {
  const last = findCandidates(before)
    .filter((x) => !x.chinese || (!isQuoted(before, x.start) && isChineseAmount(x, before)))
    .at(-1);
  if (!last) return before;
  const rest = before.slice(last.end);
  return rest.slice(DATE_REST.exec(rest)?.[0].length ?? 0);
}

/**
 * Splits off a bracket the amount stands in: "客诉率(1.99%)" is named before the bracket, "清单(共22项)"
 * inside it or, when the bracket names nothing, before it. Returns [inside, before the bracket].
 */
function splitBracket(before: string): [string, string] {
  if (/[(（]$/.test(before)) return [before.slice(0, -1), ''];
  const open = Math.max(...[...before.matchAll(OPEN_BRACKETS)].map((m) => m.index), -1);
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close ? [before.slice(open + 1), before.slice(0, open)] : [before, ''];
}

function endsWithObjectVerb(raw: string): boolean {
  const trimmed = raw.replace(TRAILING_WORDS, '');
  return [...trimmed.matchAll(OBJECT_VERB)].some((m) => m.index + m[0].length === trimmed.length);
}

/**
 * Trims a phrase to its noun: what a share is a share of ("申请量已占到全渠道的" → 申请量), the head after 等
 * and 的, what follows the actor and its verb, without framing words and quotation marks.
 */
function trimPhrase(phrase: string): string {
  let p = phrase;
  p = /^(.{2,}?)(?:已|已经)?占(?:到|了)?(?!比)/.exec(p)?.[1] ?? p;
  p = tailAfter(p, /等(?!级)/g);
  p = tailAfter(p, /的/g, true);
  p = tailAfter(p, ACTOR_ADVERB);
  p = tailAfter(p, OBJECT_VERB);
  for (let previous = ''; previous !== p;) {
    previous = p;
    p = p
      .replace(LEADING_WORDS, '')
      .replace(TRAILING_WORDS, '')
      .replace(/^[^\u4e00-\u9fffA-Za-z“”"《]+|[^\u4e00-\u9fffA-Za-z”"》)）]+$/g, '');
  }
  return p.replace(QUOTES, '');
}

/** Keeps what follows the last match of `pattern` when at least two characters of it remain. */
function tailAfter(phrase: string, pattern: RegExp, outsideQuotes = false): string {
  const cuts = [...phrase.matchAll(pattern)]
    .map((m) => m.index + m[0].length)
    .filter((end) => phrase.length - end >= 2 && (!outsideQuotes || !isQuoted(phrase, end)));
  const cut = cuts.at(-1);
  return cut === undefined ? phrase : phrase.slice(cut);
}

function isQuoted(text: string, pos: number): boolean {
  const before = text.slice(0, pos);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('《'));
  return open !== -1 && Math.max(before.lastIndexOf('”'), before.lastIndexOf('》')) < open;
}

/**
 * Reads the noun written right after an amount ("30个基层法治观察点，" → 基层法治观察点), up to its verb
 * or a quoted name that qualifies it ("12个重点商圈“上海购物”诚信评价"). "三批共47个区级优秀案例" names
 * the batches by the noun of the amount that follows.
 */
function readFollower(c: Candidate, text: string): Follower {
  let start = c.end + (AFTER_LEAD.exec(text.slice(c.end, c.end + 8))?.[0].length ?? 0);
  const completes = COMPLETES.exec(text.slice(start, start + 6));
  if (completes) start += completes[0].length;
  const next = /^(?:共|共计|合计)?[0-9０-９]/.test(text.slice(start, start + 3))
    ? findCandidates(text.slice(start, start + 24))[0]
    : undefined;
  if (next?.unit) start += next.end;
  let end = start;
  while (end < text.length && !AFTER_STOP.test(text[end]!)) end++;
  const noun = nounOf(c, tailAfter(text.slice(start, end), /等(?!级)/g));
  return { noun, completes: completes !== null && noun !== '' };
}

function nounOf(c: Candidate, words: string): string {
  let noun = cutOutsideQuotes(words.replace(/^[”"》]+/, ''), NOUN_END);
  const quote = noun.search(/[“《]/);
  if (quote >= 3) noun = noun.slice(0, quote);
  const of = noun.indexOf('的');
  if (of !== -1) noun = headOfPhrase(c, noun.slice(0, of), noun.slice(noun.lastIndexOf('的') + 1));
  return noun
    .replace(QUOTES, '')
    .replace(TRAILING_WORDS, '')
    .replace(/[^\u4e00-\u9fffA-Za-z]+$/, '');
}

/**
 * Picks the counted noun of "N个X的Y": an entity count counts X ("21家银行的…" → 银行, "12个行业许可证的
 * 办理"), unless X is a modifier ("基于…的办理事项"); a count of events counts Y ("10次…公益免费的…指导服务"),
 * unless Y is an abstract head ("12次入托的需求").
 */
function headOfPhrase(c: Candidate, x: string, y: string): string {
  if (x.length < 2 || y === '') return x.length < 2 ? y : x;
  if (ABSTRACT_HEADS.test(y)) return x;
  const eventCount = c.unit !== null && EVENT_UNITS.has(c.unit.unit);
  return eventCount || MODIFIER_OPENERS.test(x) ? y : x;
}

/** Cuts the text at the first match of the global `pattern` that is not inside quotation marks. */
function cutOutsideQuotes(text: string, pattern: RegExp): string {
  const hit = [...text.matchAll(pattern)].find((m) => !isQuoted(text, m.index));
  return hit ? text.slice(0, hit.index) : text;
}
