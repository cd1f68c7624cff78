/**
 * Derives character-bigram weights from a word list with frequencies (jieba's `word freq tag` lines):
 * each adjacent pair inside a Han word collects the word's frequency; pairs below `minFrequency` are
 * dropped and the rest weighted log2(frequency / 100), so 高校 or 基地 count as pairs that belong together.
 */
export function countWordBigrams(wordList: string, minFrequency = 300): Record<string, number> {
  const sums = new Map<string, number>();
  for (const line of wordList.split('\n')) {
    const [word = '', freq = '0'] = line.split(' ');
    if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word)) continue;
    const chars = [...word];
    for (let i = 1; i < chars.length; i++)
      sums.set(chars[i - 1]! + chars[i]!, (sums.get(chars[i - 1]! + chars[i]!) ?? 0) + Number(freq));
  }
  const kept = [...sums].filter(([, n]) => n >= minFrequency).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(kept.map(([pair, n]) => [pair, Math.round(Math.log2(n / 100) * 10) / 10]));
}
