import { toSimplified } from '../../search/toSimplified';
import { foldFullwidth } from './foldFullwidth';

/** Character and bigram counts of clean text, in simplified script. */
export interface CharCounts {
  total: number;
  chars: Record<string, number>;
  bigrams: Record<string, number>;
}

/** Scores how plausible a character is after another one. */
export interface LanguageModel {
  /** Log-probability of `char` following `prev`. */
  score(prev: string | undefined, char: string): number;
}

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
 */
export function createLanguageModel(counts: CharCounts, wordBigrams: Record<string, number> = {}): LanguageModel {
  const wordTotals = new Map<string, number>();
  for (const [pair, w] of Object.entries(wordBigrams)) wordTotals.set(pair[0]!, (wordTotals.get(pair[0]!) ?? 0) + w);
  const simplified = new Map<string, string>();
  const simplify = (c: string) => simplified.get(c) ?? simplified.set(c, foldFullwidth(toSimplified(c))).get(c)!;
  const unigram = (c: string) => ((counts.chars[c] ?? 0) + UNIGRAM_PSEUDOCOUNT) / (counts.total + UNIGRAM_PSEUDOCOUNT * GBK_REPERTOIRE);
  return {
    score(prev, char) {
      const c = simplify(char);
      const p = prev === undefined ? undefined : simplify(prev);
      const corpus = p === undefined ? 0 : (counts.bigrams[p + c] ?? 0) / Math.max(1, counts.chars[p] ?? 0);
      const words = p === undefined ? 0 : (wordBigrams[p + c] ?? 0) / Math.max(1, wordTotals.get(p) ?? 0);
      return Math.log(UNIGRAM_SHARE * unigram(c) + CORPUS_BIGRAM_SHARE * corpus + WORD_BIGRAM_SHARE * words);
    },
  };
}

function sortedByKey(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
