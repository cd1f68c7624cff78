import { describe, expect, it } from 'vitest';
import { findDamagedSpans } from '../../../../src/pipeline/clean/findDamagedSpans';

describe('findDamagedSpans', () => {
  it('領域?qū)彶橐?guī)則 has one span: reading qū, run 彶橐, lost end with reading guī', () => {
    const [span, ...rest] = findDamagedSpans('領域?qū)彶橐?guī)則');
    expect(rest).toEqual([]);
    expect(span).toMatchObject({
      start: 2,
      end: 13,
      reading: 'qū',
      ending: { kind: 'lost', reading: 'guī', swallowed: '(' },
    });
    expect(span?.tokens.map((t) => t.text).join('')).toBe('彶橐');
  });
  it('高??萍汲晒陂h行 ends on the trail byte h, with a "?" inside the run', () => {
    const [span] = findDamagedSpans('高??萍汲晒陂h行');
    expect(span?.tokens.map((t) => t.kind)).toEqual(['unknown', 'pair', 'pair', 'pair', 'pair']);
    expect(span?.ending).toEqual({ kind: 'trail', byte: 0x68 });
  });
  it('出?;?rdquo; reads ; as a folded full-width ； and the last "?" as swallowing an &', () => {
    const [span] = findDamagedSpans('出?;?rdquo;');
    expect(span?.tokens).toEqual([{ kind: 'pair', text: ';', bytes: [0xa3, 0xbb] }]);
    expect(span?.ending).toEqual({ kind: 'lost', reading: null, swallowed: '&' });
  });
  it('finds nothing in a sentence that ends with a real question mark', () => {
    expect(findDamagedSpans('如何办?')).toEqual([]);
  });
});
