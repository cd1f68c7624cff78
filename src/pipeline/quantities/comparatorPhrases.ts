import type { Comparator } from '../types';

/** A phrase that qualifies an amount, and the comparator it implies. */
export interface Phrase {
  phrase: string;
  comparator: Comparator;
  /** A goal verb (达到, 力争): on a time ("力争达到1分钟响应") it sets a cap, not a floor. */
  goal?: boolean;
  /** How many characters may stand between the phrase and the number ("至少开展一次"). */
  reach?: number;
  /** True for a phrase written after the unit (以上, 以内). */
  after?: boolean;
}

const rows = (comparator: Comparator, words: string, extra: Partial<Phrase> = {}): Phrase[] =>
  words.split(' ').map((phrase) => ({ phrase, comparator, ...extra }));

/**
 * Phrases written before the number, longest first so that 不超过 is not read as 超过. Only the spec's
 * phrases and their plain synonyms: a reported level after 上升至 or 缩减到 is an exact figure.
 */
export const BEFORE_PHRASES: Phrase[] = [
  ...rows('>=', '力争达到 力争', { goal: true, reach: 40 }),
  ...rows('>=', '达到 达', { goal: true, reach: 2 }),
  ...rows('>=', '不少于 不低于 至少 增至 提升至', { reach: 2 }),
  ...rows('<=', '不超过 不高于 不多于 压缩至 压减至 降低至 最高', { reach: 2 }),
  ...rows('>', '突破 超过 超出 逾 超', { reach: 1 }),
  ...rows('~', '将近 接近 大约 近 约', { reach: 0 }),
].sort((a, b) => b.phrase.length - a.phrase.length);

/** Phrases written right after the unit. */
export const AFTER_PHRASES: Phrase[] = [
  ...rows('>=', '及以上 以上', { after: true }),
  ...rows('<=', '及以下 以下 以内 之内 内', { after: true }),
  ...rows('~', '左右 上下 规模 级 余 多', { after: true }),
].sort((a, b) => b.phrase.length - a.phrase.length);
