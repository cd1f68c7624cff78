import { describe, expect, it } from 'vitest';
import { clauseAt, lineIndex, lineNumberAt, sentenceAt } from '../../../../src/pipeline/quantities/textSpans';

const text = '第一行\n  加强组织。新增岗位5万个,人才驿站22个;其他\n末行';
const slice = (b: { start: number; end: number }) => text.slice(b.start, b.end);

describe('textSpans', () => {
  it('splits sentences on 。；and line breaks', () =>
    expect(slice(sentenceAt(text, text.indexOf('22')))).toBe('新增岗位5万个,人才驿站22个'));
  it('splits clauses further on commas', () => expect(slice(clauseAt(text, text.indexOf('22')))).toBe('人才驿站22个'));
  it('counts lines from 1', () => expect(lineNumberAt(text, text.indexOf('末行'))).toBe(3));
  it('numbers lines with a lookup that agrees with lineNumberAt at every offset', () => {
    const lineOf = lineIndex(text);
    for (let pos = 0; pos <= text.length; pos++) expect(lineOf(pos)).toBe(lineNumberAt(text, pos));
  });
});
