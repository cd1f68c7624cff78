import type { Comparator } from '../types';
import { AFTER_PHRASES, BEFORE_PHRASES, type Phrase } from './comparatorPhrases';
import type { Candidate } from './findCandidates';
import { clauseAt, type Bounds } from './textSpans';

/** The comparator of an amount and where it came from. */
export interface ComparatorReading {
  comparator: Comparator;
  /** The phrase that set it, or null for a plain statement. */
  phrase: Phrase | null;
}

/** A Chinese magnitude with no leading digit (百万用户, 上百家, 千万件) is a round, approximate figure. */
const isRoundMagnitude = (c: Candidate, text: string) =>
  c.chinese && /^[百千万]/.test(text.slice(c.numberStart, c.numberEnd + 1));

const isTime = (c: Candidate) => c.unit?.unitClass === 'duration_days' || c.unit?.unitClass === 'duration_minutes';

/**
 * Reads the comparator of an amount from the phrases around it: a phrase after the unit (以上, 以内, 余)
 * first, then the nearest phrase before the number in its clause, then a range or "+", then the goal
 * verb of a list it continues ("力争达到1分钟响应,接通率100%"); a goal verb on a time is a cap.
 */
export function detectComparator(
  c: Candidate,
  text: string,
  clause: Bounds = clauseAt(text, c.numberStart),
): ComparatorReading {
  const own = ownPhrase(c, text, clause) ?? inheritedPhrase(c, text, clause);
  if (c.unit?.approximate || (isRoundMagnitude(c, text) && !own?.after)) return { comparator: '~', phrase: own };
  if (own?.goal && isTime(c)) return { comparator: '<=', phrase: own };
  if (own) return { comparator: own.comparator, phrase: own };
  if (c.rangeLow !== null) return { comparator: '<=', phrase: null };
  if (c.plus) return { comparator: '>=', phrase: null };
  if (isTime(c) && /^[\u4e00-\u9fff]{0,3}率/.test(text.slice(c.end, c.end + 4)))
    return { comparator: '<=', phrase: null };
  return { comparator: '=', phrase: null };
}

/** Finds the phrase after the unit, else the nearest phrase before the number within its reach. */
export function ownPhrase(c: Candidate, text: string, clause?: Bounds): Phrase | null {
  const following = text.slice(c.end, c.end + 3);
  const after = AFTER_PHRASES.find((p) => following.startsWith(p.phrase));
  if (after) return after;
  return phraseBefore(text.slice((clause ?? clauseAt(text, c.numberStart)).start, c.numberStart));
}

function phraseBefore(prefix: string): Phrase | null {
  let best: { phrase: Phrase; gap: number } | null = null;
  for (const p of BEFORE_PHRASES) {
    const at = prefix.lastIndexOf(p.phrase);
    if (at === -1) continue;
    const gap = prefix.length - at - p.phrase.length;
    const between = prefix.slice(at + p.phrase.length);
    if (gap > (p.reach ?? 0) || /[0-9０-９]/.test(between)) continue;
    if (!best || gap < best.gap) best = { phrase: p, gap };
  }
  return best?.phrase ?? null;
}

/**
 * A clause that is only a short label and a number ("接通率100%") continues the list of the clause before
 * it and shares that clause's goal verb.
 */
function inheritedPhrase(c: Candidate, text: string, own: Bounds): Phrase | null {
  let clause = own;
  if (c.numberStart - clause.start > 6) return null;
  while (clause.start > 0 && /[，,]/.test(text[clause.start - 1]!)) {
    const previous = clauseAt(text, clause.start - 2);
    const previousText = text.slice(previous.start, previous.end);
    const firstDigit = previousText.search(/[0-9０-９]/);
    const goal = phraseBefore(previousText.slice(0, firstDigit === -1 ? undefined : firstDigit));
    if (goal?.goal) return goal;
    if (clause.start - previous.start > 10 || !/[0-9０-９]/.test(text.slice(previous.start, previous.end))) return null;
    clause = previous;
  }
  return null;
}
