import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean/cleanDocument';
import { sourceDocument } from '../../src/pipeline/runPipeline';
import { toSimplified } from '../../src/search/toSimplified';
import type { CleanDocument } from '../../src/pipeline/types';
import { CORPUS_FILES, expectGolden, readCorpusFile } from './golden';

function repairsTsv(doc: CleanDocument): string {
  const rows = doc.repairs
    .filter((r) => r.kind !== 'pinyin')
    .map((r) => [r.line, r.kind, r.raw, r.result, r.status, r.candidates.join(' | ')].join('\t'));
  return ['line\tkind\traw\tresult\tstatus\tcandidates', ...rows].join('\n') + '\n';
}

describe.each(CORPUS_FILES)('%s', (file) => {
  const raw = readCorpusFile(file);
  const doc = cleanDocument(sourceDocument(file, raw));

  it('matches its golden clean text and repairs', () => {
    expectGolden(`${doc.docId}.clean.txt`, doc.text);
    expectGolden(`${doc.docId}.repairs.tsv`, repairsTsv(doc));
  });

  it('keeps every line in place, with original and text of equal length line by line', () => {
    const source = raw.split('\n');
    const original = doc.original.split('\n');
    const text = doc.text.split('\n');
    expect(original.length).toBe(source.length);
    expect(text.map((l) => l.length)).toEqual(original.map((l) => l.length));
  });

  it('places every repair at its result, in both scripts', () => {
    for (const r of doc.repairs) {
      expect(doc.original.slice(r.charStart, r.charEnd)).toBe(r.result);
      expect(doc.text.slice(r.charStart, r.charEnd)).toBe(toSimplified(r.result));
      expect(doc.original.split('\n')[r.line - 1]).toContain(r.result);
    }
  });

  it('leaves no pinyin reading behind a character it belongs to', () => {
    expect(doc.original).not.toMatch(/\p{Script=Han}\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\)/u);
  });
});
