import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charCountsOfCorpus } from '../../../../src/pipeline/clean/charCountsOfCorpus';
import { countCommonWords } from '../../../../src/pipeline/clean/countCommonWords';
import { countWordBigrams } from '../../../../src/pipeline/clean/countWordBigrams';
import { listConvertibleChars, listSimplifiedOnlyChars } from '../../../../src/pipeline/clean/listScriptData';
import { CORPUS_FILES, readCorpusFile } from '../../../documents/golden';

const CLEAN_DIR = join(__dirname, '..', '..', '..', '..', 'src', 'pipeline', 'clean');
const require = createRequire(import.meta.url);

/** Compares a generated data file with its committed copy; UPDATE_GOLDEN=1 rewrites it. */
function expectDataFile(name: string, data: unknown): void {
  const path = join(CLEAN_DIR, name);
  const text = `${JSON.stringify(data)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(readFileSync(path, 'utf8') === text, `${name} is stale: run with UPDATE_GOLDEN=1`).toBe(true);
}

/** The text of one of the OpenCC dictionaries opencc-js ships (a module whose default export is one string). */
function openccDictionary(name: string): string {
  const source = readFileSync(join(require.resolve('opencc-js'), '..', '..', 'esm-lib', 'dict', `${name}.js`), 'utf8');
  return JSON.parse(source.replace(/^export default /, '').replace(/;\s*$/, '')) as string;
}

const jiebaWords = () => readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');

describe('language data shipped with the cleaner', () => {
  it('corpusCharCounts.json is the count of the undamaged lines of the five documents', () => {
    expectDataFile('corpusCharCounts.json', charCountsOfCorpus(CORPUS_FILES.map(readCorpusFile)));
  });
  it('commonWordBigrams.json is derived from jieba’s word list', () => {
    expectDataFile('commonWordBigrams.json', countWordBigrams(jiebaWords()));
  });
  it('commonWords.json is jieba’s common words', () => {
    expectDataFile('commonWords.json', countCommonWords(jiebaWords()));
  });
  it('simplifiedOnlyChars.json is the GBK characters OpenCC’s STCharacters rewrites', () => {
    expectDataFile('simplifiedOnlyChars.json', { chars: listSimplifiedOnlyChars(openccDictionary('STCharacters')) });
  });
  it('convertibleChars.json is every character the tw→cn dictionaries may rewrite', () => {
    const dictionaries = ['TWVariantsRevPhrases', 'TWVariantsRev', 'TSPhrases', 'TSCharacters'].map(openccDictionary);
    expectDataFile('convertibleChars.json', { chars: listConvertibleChars(dictionaries) });
  });
  it('countWordBigrams weighs 高校 by its frequency and skips words with Latin letters', () => {
    expect(countWordBigrams('高校 3200 n\n4S店 3000 n\n')).toEqual({ 高校: 5 });
  });
  it('countCommonWords keeps Han words from the threshold up, grouped by log2 frequency in halves', () => {
    expect(countCommonWords('高校 4096 n\n在 4000 p\n高专 57 j\n4S店 3000 n\n', 300)).toEqual({
      total: 8153,
      byWeight: { '12': '在 高校' },
    });
  });
  it('listConvertibleChars keeps the characters a key changes, not those its value repeats', () => {
    expect(listConvertibleChars(['乾隆 乾隆|乾淨 干净|發 发', '於菟 於菟'])).toBe('乾淨發');
  });
  it('listSimplifiedOnlyChars keeps single GBK characters only', () => {
    expect(listSimplifiedOnlyChars('护 護|责 責|㐷 傌|干 幹')).toBe('干护责');
  });
});
