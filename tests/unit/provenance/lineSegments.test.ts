import { describe, expect, it } from 'vitest';
import { lineSegments, sentenceAround, type RepairMark } from '../../../src/provenance/lineSegments';

const repair = (start: number, end: number, status = 'exact'): RepairMark => ({
  char_start: start,
  char_end: end,
  kind: 'mojibake',
  raw: '?',
  result: 'x',
  status,
  candidates: null,
});
const show = (pieces: ReturnType<typeof lineSegments>) =>
  pieces.map(
    (p) =>
      (p.highlight ? '[' : '') +
      p.parts.map((q) => (q.repair ? `{${q.text}}` : q.text)).join('') +
      (p.highlight ? ']' : ''),
  );

describe('lineSegments', () => {
  it('highlights a span given in document offsets: 新增岗位4.3万个 at 1000, span 1004–1009', () => {
    expect(show(lineSegments('新增岗位4.3万个', 1000, { start: 1004, end: 1009 }, []))).toEqual([
      '新增岗位',
      '[4.3万个]',
    ]);
  });

  it('clips a span that starts on an earlier line and ends on this one', () => {
    expect(show(lineSegments('第二行文字', 50, { start: 10, end: 52 }, []))).toEqual(['[第二]', '行文字']);
  });

  it('leaves a line outside the span whole', () => {
    expect(show(lineSegments('无关', 0, { start: 10, end: 12 }, []))).toEqual(['无关']);
  });

  it('marks a repair inside the highlight without splitting the highlight', () => {
    expect(show(lineSegments('优化营商环境', 0, { start: 0, end: 6 }, [repair(2, 4)]))).toEqual(['[优化{营商}环境]']);
  });

  it('splits a repair that straddles the highlight edge into two marked parts', () => {
    const pieces = lineSegments('优化营商环境', 0, { start: 3, end: 6 }, [repair(2, 4, 'guessed')]);
    expect(show(pieces)).toEqual(['优化{营}', '[{商}环境]']);
    expect(pieces[0]!.parts[1]!.repair).toBe(pieces[1]!.parts[0]!.repair);
  });

  it('ignores empty repairs (pinyin removed leaves no span)', () => {
    expect(show(lineSegments('闵行', 0, null, [repair(1, 1)]))).toEqual(['闵行']);
  });

  it('marks the sentence around the highlight, not the whole line', () => {
    const line = '加强协调。新增城镇就业岗位4.3万个,帮扶就业。其他工作。';
    const pieces = lineSegments(line, 0, { start: 13, end: 18 }, []);
    expect(
      pieces
        .filter((p) => p.sentence)
        .map((p) => p.parts.map((q) => q.text).join(''))
        .join(''),
    ).toBe('新增城镇就业岗位4.3万个,帮扶就业。');
    expect(pieces.find((p) => p.highlight)?.sentence).toBe(true);
  });
});

describe('sentenceAround', () => {
  it('stops after the previous 。 and through the next one', () => {
    expect(sentenceAround('甲。乙丙丁;戊', 3, 4)).toEqual({ start: 2, end: 6 });
  });
  it('runs to the line ends when there is no terminator', () => {
    expect(sentenceAround('全区共有专利6568件', 6, 11)).toEqual({ start: 0, end: 11 });
  });
});
