import { describe, expect, it } from 'vitest';
import { convertText } from '../../../../src/pipeline/clean/convertScript';
import { toSimplified } from '../../../../src/search/toSimplified';
import { CORPUS_FILES, readCorpusFile } from '../../../documents/golden';

describe('convertText', () => {
  it('gives what converting every line gives, on the five documents', () => {
    for (const file of CORPUS_FILES) {
      const text = readCorpusFile(file);
      expect(convertText(text, [])).toBe(text.split('\n').map(toSimplified).join('\n'));
    }
  });
  it('leaves a line without a character the converter may change as it is, and converts the others', () => {
    expect(convertText('闵行区2023年\n閔行區', [])).toBe('闵行区2023年\n闵行区');
  });
});
