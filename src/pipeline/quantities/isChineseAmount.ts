import { ownPhrase } from './detectComparator';
import type { Candidate } from './findCandidates';

/** Verbs after which 一次 is a count of occurrences ("至少开展一次", "统一做一次"), not "once and for all". */
const ONE_TIME_VERBS = /(开展|进行|做|检查|巡查)$/;

/**
 * Decides whether a Chinese numeral with a unit states an amount rather than naming or enumerating
 * something. Not amounts: labels inside quotation marks (“两个免于提交”), a count that sums up the
 * items just listed ("市民云、企业云两个服务渠道", "三项制度(…、…)"), a numeral in a rate's name
 * (二次申诉率), and 一 used as an article (一套材料, 一张流程图). Amounts: money and other magnitudes,
 * times, counts of things (三批, 两个办税服务厅), and 一 when a comparator, a verb of doing or a
 * reduction ("合并至一个窗口") makes it a count, or when it stands beside an Arabic amount as part of one
 * standard (“一个环节、90分钟”). Phases (二期) are labels too.
 */
export function isChineseAmount(c: Candidate, text: string): boolean {
  const unit = c.unit;
  if (!unit || unit.unit === '大' || unit.unit === '期') return false;
  const besideArabic = /^[\u4e00-\u9fff]{1,6}、[0-9０-９]/.test(text.slice(c.end, c.end + 9));
  if (besideArabic) return true;
  if (isQuoted(c, text) || sumsUpList(c, text) || /^[\u4e00-\u9fff]{0,2}率/.test(text.slice(c.end, c.end + 3)))
    return false;
  if (unit.unitClass !== 'count' || unit.factor >= 1e4 || ownPhrase(c, text) !== null) return true;
  if (text.slice(c.numberStart, c.numberEnd) !== '一') return true;
  const before = text.slice(Math.max(0, c.numberStart - 3), c.numberStart);
  return (unit.unit === '次' && ONE_TIME_VERBS.test(before)) || (unit.unit === '个' && /至$/.test(before));
}

function isQuoted(c: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, c.numberStart - 20), c.numberStart);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  return open !== -1 && before.lastIndexOf('”') < open;
}

/**
 * True when the count follows a list it sums up (A、B两个X; A和B两种X) or precedes one in brackets. Only
 * counts of two or more can sum up a list; times never do ("先受理、两周后补齐").
 */
function sumsUpList(c: Candidate, text: string): boolean {
  if (c.value < 2 || c.unit?.unitClass !== 'count') return false;
  const clauseStart = Math.max(
    text.lastIndexOf('，', c.numberStart),
    text.lastIndexOf(',', c.numberStart),
    text.lastIndexOf('。', c.numberStart),
    0,
  );
  const prefix = text.slice(clauseStart, c.numberStart);
  const lastItem = /(?:、|和|及|与|以及)([^、和及与]*)$/.exec(prefix)?.[1];
  if (lastItem !== undefined && /^“[^”]*”$/.test(lastItem)) return true;
  if (lastItem !== undefined && lastItem.length <= 10 && !/[至到于在对将把向为做每]/.test(lastItem)) return true;
  return /^[\u4e00-\u9fff]{0,8}[(（][^)）]*、/.test(text.slice(c.end, c.end + 40));
}
