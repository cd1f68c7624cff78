import type { DocumentKind, QuantityKind } from '../types';
import type { Candidate } from './findCandidates';
import { clauseAt } from './textSpans';

/** The kind of an amount, and for a change its direction. */
export interface KindReading {
  kind: QuantityKind;
  direction: 'up' | 'down' | null;
}

/** Verbs of change right before a rate ("同比增长4.83%", "下降15%"), with their direction. */
const CHANGE_VERBS: [string, 'up' | 'down'][] = [
  ['增长', 'up'], ['上升', 'up'], ['提高', 'up'], ['增加', 'up'], ['提升', 'up'],
  ['下降', 'down'], ['减少', 'down'], ['降低', 'down'], ['缩短', 'down'], ['压缩', 'down'],
];

/** Words that mark a state already in place: an existing list, a standard being kept, a former figure. */
const BASELINE_MARKERS = ['现有', '共有', '原有', '原来', '原先', '改革前', '巩固', '深化', '拥有'];
/** Words that mark a plan or forecast inside a report, or a reported result inside a plan. */
const TARGET_MARKERS = ['预计', '计划', '力争', '争取', '下一步', '将', '目标'];
const OUTCOME_MARKERS = ['已', '累计', '截至', '截止', '目前'];

/**
 * Decides whether an amount is a target, an outcome, a baseline or a change: a rate right after a verb
 * of change is a change; the first figure of "从A…到B", a figure of an existing state, or a time that
 * defines a rate ("1分钟响应率") is a baseline; otherwise the clause's own markers, else the kind of
 * document (a plan sets targets, a case collection reports outcomes).
 */
export function detectKind(c: Candidate, text: string, docKind: DocumentKind): KindReading {
  const clause = clauseAt(text, c.numberStart);
  const prefix = text.slice(clause.start, c.numberStart);
  const change = changeDirection(c, prefix);
  if (change) return { kind: 'change', direction: change };
  if (isBaseline(c, text, prefix, clause.end)) return { kind: 'baseline', direction: null };
  return { kind: defaultKind(prefix, docKind), direction: null };
}

function changeDirection(c: Candidate, prefix: string): 'up' | 'down' | null {
  if (c.unit?.unitClass !== 'percent' && c.unit?.unitClass !== 'multiple') return null;
  const near = prefix.slice(-4).replace(/约|近|了$/g, '');
  return CHANGE_VERBS.find(([verb]) => near.endsWith(verb))?.[1] ?? null;
}

function isBaseline(c: Candidate, text: string, prefix: string, clauseEnd: number): boolean {
  const rest = text.slice(c.end, clauseEnd);
  if (/[从由]/.test(prefix) && /^[^0-9０-９]{0,8}(到|至)/.test(rest)) return true;
  if (/本区$|现有$/.test(prefix)) return true;
  if (BASELINE_MARKERS.some((m) => prefix.includes(m))) return true;
  const isTime = c.unit?.unitClass === 'duration_days' || c.unit?.unitClass === 'duration_minutes';
  return isTime && /^[\u4e00-\u9fff]{0,3}率/.test(rest);
}

function defaultKind(prefix: string, docKind: DocumentKind): QuantityKind {
  if (docKind === 'case_collection') return TARGET_MARKERS.some((m) => prefix.includes(m)) ? 'target' : 'outcome';
  return OUTCOME_MARKERS.some((m) => prefix.includes(m)) ? 'outcome' : 'target';
}
