import type { CommonWords } from './countCommonWords';

/** Scores a text by its best split into common words. */
export interface WordModel {
  /** Log-probability of the likeliest split of a simplified text into words; non-Han characters split for free. */
  splitScore(text: string): number;
}

const MAX_WORD = 4;

/** Builds a word model (jieba's unigram model of words) from a common-word list. */
export function createWordModel(common: CommonWords): WordModel {
  const logs = new Map<string, number>();
  let rarest = Infinity;
  for (const [weight, words] of Object.entries(common.byWeight)) {
    const log = Number(weight) * Math.LN2 - Math.log(common.total);
    rarest = Math.min(rarest, log);
    for (const word of words.split(' ')) logs.set(word, log);
  }
  // A character not in the list is rarer than the rarest one that is.
  const unknown = rarest - Math.LN2;
  return { splitScore: (text) => splitScore(text, logs, unknown) };
}

const HAN = /\p{Script=Han}/u;

function splitScore(text: string, logs: ReadonlyMap<string, number>, unknown: number): number {
  const chars = [...text];
  const best = new Float64Array(chars.length + 1);
  for (let i = 1; i <= chars.length; i++) {
    const char = chars[i - 1]!;
    best[i] = best[i - 1]! + (HAN.test(char) ? (logs.get(char) ?? unknown) : 0);
    for (let n = 2; n <= Math.min(MAX_WORD, i); n++) {
      const log = logs.get(chars.slice(i - n, i).join(''));
      if (log !== undefined && best[i - n]! + log > best[i]!) best[i] = best[i - n]! + log;
    }
  }
  return best[chars.length]!;
}
