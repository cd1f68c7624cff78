import { toSimplified } from '../../search/toSimplified';
import { foldFullwidth } from './foldFullwidth';
import { once } from './once';
import { simplifyChar } from './simplifyChar';

/** Character and bigram counts of clean text, in simplified script. */
export interface CharCounts {
  total: number;
  chars: Record<string, number>;
  bigrams: Record<string, number>;
}

/** Scores how plausible a character is after another one; characters are first interned as numbers. */
export interface LanguageModel {
  /** The number a character is scored by: the same for a character and its simplified form. */
  idOf(char: string): number;
  /** Log-probability of character `id` following `prev` (NO_CHAR when nothing is known before it). */
  score(prev: number, id: number): number;
  /** The characters seen after `prev`, likeliest first. */
  followers(prev: number): readonly number[];
}

/** The `prev` of a character with nothing known before it. */
export const NO_CHAR = -1;
const UNSEEN = 0;

const GBK_REPERTOIRE = 22000;
const UNIGRAM_PSEUDOCOUNT = 0.1;
// Fixed interpolation: a transition across a word boundary (果|在) keeps the unigram's share instead of
// being diluted by the many word pairs its first character starts.
const UNIGRAM_SHARE = 0.4;
const CORPUS_BIGRAM_SHARE = 0.1;
const WORD_BIGRAM_SHARE = 0.5;

/** Counts characters and adjacent pairs in clean texts (full-width forms folded to ASCII, as in the texts). */
export function countChars(texts: string[]): CharCounts {
  const chars: Record<string, number> = {};
  const pairs: Record<string, number> = {};
  let total = 0;
  for (const text of texts.map((t) => foldFullwidth(toSimplified(t)))) {
    const list = [...text.replace(/\s+/g, '')];
    list.forEach((c, i) => {
      chars[c] = (chars[c] ?? 0) + 1;
      total++;
      if (i > 0) pairs[list[i - 1] + c] = (pairs[list[i - 1] + c] ?? 0) + 1;
    });
  }
  return { total, chars: sortedByKey(chars), bigrams: sortedByKey(pairs) };
}

/**
 * Creates a smoothed bigram model over the corpus counts, interpolated with common-word bigram weights
 * (the corpus alone is too small to know that 校 follows 高); characters are compared in simplified script.
 * Every score is worked out here once, so scoring is two array or map look-ups.
 */
export function createLanguageModel(counts: CharCounts, wordBigrams: Record<string, number> = {}): LanguageModel {
  const ids = internAll([Object.keys(counts.chars), Object.keys(counts.bigrams), Object.keys(wordBigrams)]);
  const size = ids.size + 1;
  const unigram = (c: string) =>
    ((counts.chars[c] ?? 0) + UNIGRAM_PSEUDOCOUNT) / (counts.total + UNIGRAM_PSEUDOCOUNT * GBK_REPERTOIRE);
  const base = new Float64Array(size).fill(Math.log(UNIGRAM_SHARE * unigram('')));
  for (const [c, id] of ids) base[id] = Math.log(UNIGRAM_SHARE * unigram(c));
  const wordTotals = new Map<string, number>();
  for (const [pair, w] of Object.entries(wordBigrams))
    wordTotals.set(firstChar(pair), (wordTotals.get(firstChar(pair)) ?? 0) + w);
  const pairs = new Map<number, number>();
  for (const pair of new Set([...Object.keys(counts.bigrams), ...Object.keys(wordBigrams)])) {
    const [p = '', c = ''] = [...pair];
    const corpus = (counts.bigrams[pair] ?? 0) / Math.max(1, counts.chars[p] ?? 0);
    const words = (wordBigrams[pair] ?? 0) / Math.max(1, wordTotals.get(p) ?? 0);
    pairs.set(
      ids.get(p)! * size + ids.get(c)!,
      Math.log(UNIGRAM_SHARE * unigram(c) + CORPUS_BIGRAM_SHARE * corpus + WORD_BIGRAM_SHARE * words),
    );
  }
  const followers = once(() => followerLists(pairs, size));
  return {
    idOf: (char) => ids.get(simplifyChar(char)) ?? UNSEEN,
    score: (prev, id) => (prev < 0 ? base[id]! : (pairs.get(prev * size + id) ?? base[id]!)),
    followers: (prev) => (prev < 0 ? [] : followers()(prev)),
  };
}

/**
 * Lists the followers of each character on demand: the pair keys (prev * size + id) sorted once, so the
 * followers of one character are a contiguous run, ranked when first asked for.
 */
function followerLists(pairs: ReadonlyMap<number, number>, size: number): (prev: number) => number[] {
  const keys = Float64Array.from(pairs.keys()).sort();
  const lists = new Map<number, number[]>();
  return (prev) => {
    const known = lists.get(prev);
    if (known) return known;
    const ids: number[] = [];
    for (let i = firstAtLeast(keys, prev * size); i < keys.length && keys[i]! < (prev + 1) * size; i++)
      ids.push(keys[i]! - prev * size);
    const score = (id: number) => pairs.get(prev * size + id)!;
    ids.sort((a, b) => score(b) - score(a) || a - b);
    lists.set(prev, ids);
    return ids;
  };
}

function firstAtLeast(sorted: Float64Array, value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Numbers every character of the given keys from 1 (0 stands for a character never seen). */
function internAll(keyLists: string[][]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const keys of keyLists) {
    for (const key of keys) for (const c of key) if (!ids.has(c)) ids.set(c, ids.size + 1);
  }
  return ids;
}

function firstChar(pair: string): string {
  return String.fromCodePoint(pair.codePointAt(0)!);
}

function sortedByKey(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
