import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charCountsOfCorpus } from '../../../../src/pipeline/clean/charCountsOfCorpus';
import { countWordBigrams } from '../../../../src/pipeline/clean/countWordBigrams';
import { CORPUS_FILES, readCorpusFile } from '../../../documents/golden';

const CLEAN_DIR = join(__dirname, '..', '..', '..', '..', 'src', 'pipeline', 'clean');

/** Compares a generated data file with its committed copy; UPDATE_GOLDEN=1 rewrites it. */
function expectDataFile(name: string, data: unknown): void {
  const path = join(CLEAN_DIR, name);
  const text = `${JSON.stringify(data)}\n`;
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(readFileSync(path, 'utf8') === text, `${name} is stale: run with UPDATE_GOLDEN=1`).toBe(true);
}

describe('language data shipped with the cleaner', () => {
  it('corpusCharCounts.json is the count of the undamaged lines of the five documents', () => {
    expectDataFile('corpusCharCounts.json', charCountsOfCorpus(CORPUS_FILES.map(readCorpusFile)));
  });
  it('commonWordBigrams.json is derived from jieba’s word list', () => {
    const dict = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
    expectDataFile('commonWordBigrams.json', countWordBigrams(readFileSync(dict, 'utf8')));
  });
  it('countWordBigrams weighs 高校 by its frequency and skips words with Latin letters', () => {
    expect(countWordBigrams('高校 3200 n\n4S店 3000 n\n')).toEqual({ 高校: 5 });
  });
});
