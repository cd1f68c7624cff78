/** Common words with their frequencies, compactly: words of equal weight share one space-separated string. */
export interface CommonWords {
  /** Sum of the frequencies of every Han word in the list the words were taken from. */
  total: number;
  /** log2(frequency), in halves, → the words of that weight. */
  byWeight: Record<string, string>;
}

/**
 * Keeps the Han words (single characters included) of a word list with frequencies (jieba's
 * `word freq tag` lines) that occur at least `minFrequency` times — the threshold the word bigrams use.
 */
export function countCommonWords(wordList: string, minFrequency = 300): CommonWords {
  let total = 0;
  const groups = new Map<number, string[]>();
  for (const line of wordList.split('\n')) {
    const [word = '', freq = '0'] = line.split(' ');
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    const n = Number(freq);
    total += n;
    if (n < minFrequency) continue;
    const weight = Math.round(Math.log2(n) * 2) / 2;
    (groups.get(weight) ?? groups.set(weight, []).get(weight)!).push(word);
  }
  const weights = [...groups.keys()].sort((a, b) => a - b);
  return { total, byWeight: Object.fromEntries(weights.map((w) => [String(w), groups.get(w)!.sort().join(' ')])) };
}
