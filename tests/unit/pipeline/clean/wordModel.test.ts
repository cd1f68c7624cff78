import { describe, expect, it } from 'vitest';
import { countCommonWords } from '../../../../src/pipeline/clean/countCommonWords';
import { createWordModel } from '../../../../src/pipeline/clean/wordModel';
import commonWords from '../../../../src/pipeline/clean/commonWords.json';

const words = createWordModel(commonWords);

describe('word model', () => {
  it('splits 推进高校科技成果在闵行落地 better than 推进高专科技成功劳闵行落地', () => {
    expect(words.splitScore('推进高校科技成果在闵行落地')).toBeGreaterThan(
      words.splitScore('推进高专科技成功劳闵行落地') + 5,
    );
  });
  it('reads a text a character at a time to the same score as all at once', () => {
    const text = '数字出海基地”功能,大力发展跨境电商';
    expect([...text].reduce(words.step, words.start).score).toBeCloseTo(words.splitScore(text), 9);
  });
  it('takes the best split: 高校 as one word beats 高 and 校 apart', () => {
    const list = createWordModel(countCommonWords('高 1024 a\n校 1024 n\n高校 4096 n\n', 300));
    expect(list.splitScore('高校')).toBeCloseTo(Math.log(4096 / 6144), 9);
  });
  it('lets punctuation split for free and charges an unknown character more than the rarest known one', () => {
    const list = createWordModel(countCommonWords('高 1024 a\n校 512 n\n', 300));
    expect(list.splitScore('高,')).toBeCloseTo(list.splitScore('高'), 9);
    expect(list.splitScore('龘')).toBeLessThan(list.splitScore('校'));
  });
});
