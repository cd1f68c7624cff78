import type { Candidate } from './findCandidates';
import { clauseAt } from './textSpans';

/** Leading words of a clause that frame an amount without naming what it measures. */
const FRAMING = /^(\d{4}年(底|末|内)?|全年|今年|年内|计划|力争|争取|确保|推动|推进|实现|持续|进一步|积极|加快|全面|不断|累计|共|已|其中|并|同时|目前|截至)+/;
/** Comparator and link words that may stand between the indicator and the number. */
const TRAILING = /(力争达到|力争|达到|不少于|不低于|至少|不超过|增至|提升至|提高至|降低至|压缩至|突破|超过|最高|约|近|超|达|为|是|共|有|占比?)+$/;
/** Words that end a noun phrase after a count ("30个基层法治观察点，", "12家企业获得…"). */
const AFTER_STOP = /^[^，,。；;、（(“”"：:0-9０-９]{1,20}/;
const AFTER_VERB = /(获得|处于|出台|参加|推进|实现|开始|进行|完成|纳入|解决|达成|通过|享受|作为|提供|参与|购买|被|在).*$/;

/**
 * Finds the noun phrase an amount measures: for a count followed by its noun ("设立30个基层法治观察点")
 * the words after it, since the measure word binds to them; otherwise the words before the number in its clause without framing verbs and
 * comparators ("2023年新增城镇就业岗位4.3万个" → 新增城镇就业岗位).
 */
export function findIndicator(c: Candidate, text: string): string {
  const clause = clauseAt(text, c.numberStart);
  const before = text.slice(clause.start, c.numberStart).replace(/[“”"（(]+$/, '');
  const after = text.slice(c.end, clause.end).replace(/^(以上|以下|以内|左右|余|多)/, '');
  const noun = (AFTER_STOP.exec(after)?.[0] ?? '').replace(AFTER_VERB, '');
  const lead = before.replace(FRAMING, '').replace(TRAILING, '').slice(-16);
  if ((c.unit?.unitClass === 'count' || c.plus) && noun !== '') return noun;
  return lead !== '' ? lead : noun;
}
