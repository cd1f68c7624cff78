import type { CommonWords } from './countCommonWords';

/** The best split of a text read so far: its last characters, and the best scores of its last prefixes. */
export interface WordState {
  /** The text's last one, two and three characters ('' where it is shorter). */
  readonly last1: string;
  readonly last2: string;
  readonly last3: string;
  /** Best split score of the whole text so far. */
  readonly score: number;
  /** Best split scores of the text without its last one, two and three characters. */
  readonly before1: number;
  readonly before2: number;
  readonly before3: number;
}

/** Scores a text by its best split into common words, all at once or a character at a time. */
export interface WordModel {
  /** Log-probability of the likeliest split of a simplified text into words; non-Han characters split for free. */
  splitScore(text: string): number;
  /** The state of an empty text. */
  readonly start: WordState;
  /** The score of the text with one more (simplified) character, without building its state. */
  scoreAfter(state: WordState, char: string): number;
  /** Reads one more (simplified) character. */
  step(state: WordState, char: string): WordState;
}

const NONE = -Infinity;

/** Builds a word model (jieba's unigram model of words, words up to four characters) from a common-word list. */
export function createWordModel(common: CommonWords): WordModel {
  const singles = new Map<string, number>();
  // Longer words by their last character, then by the characters before it, so a step looks up no new string.
  const byLast = new Map<string, Map<string, number>>();
  let rarest = Infinity;
  for (const [weight, words] of Object.entries(common.byWeight)) {
    const log = Number(weight) * Math.LN2 - Math.log(common.total);
    rarest = Math.min(rarest, log);
    for (const word of words.split(' ')) {
      if (word.length === 1) singles.set(word, log);
      else
        (byLast.get(word.slice(-1)) ?? byLast.set(word.slice(-1), new Map()).get(word.slice(-1))!).set(
          word.slice(0, -1),
          log,
        );
    }
  }
  // A character not in the list is rarer than the rarest one that is.
  const unknown = rarest - Math.LN2;
  const start: WordState = { last1: '', last2: '', last3: '', score: 0, before1: NONE, before2: NONE, before3: NONE };
  const scoreAfter = (state: WordState, char: string): number => {
    let score = state.score + (isHan(char) ? (singles.get(char) ?? unknown) : 0);
    const words = byLast.get(char);
    if (words) {
      score = Math.max(score, state.before1 + (words.get(state.last1) ?? NONE));
      score = Math.max(score, state.before2 + (words.get(state.last2) ?? NONE));
      score = Math.max(score, state.before3 + (words.get(state.last3) ?? NONE));
    }
    return score;
  };
  const step = (state: WordState, char: string): WordState => ({
    last1: char,
    last2: state.last1 + char,
    last3: state.last2 + char,
    score: scoreAfter(state, char),
    before1: state.score,
    before2: state.before1,
    before3: state.before2,
  });
  return { start, scoreAfter, step, splitScore: (text) => [...text].reduce(step, start).score };
}

/** Tells whether a character is a CJK ideograph (the blocks GBK holds). */
function isHan(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}
