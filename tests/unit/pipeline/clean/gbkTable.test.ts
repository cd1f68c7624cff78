import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { gbk, isPrivateUse } from '../../../../src/pipeline/clean/gbkTable';

describe('GBK table built from TextDecoder', () => {
  it('decodes the straddling pairs of the corpus as iconv-lite does: 83 9e → 優, f2 8c → 驅, eb 85 → 雲', () => {
    for (const [lead, trail] of [
      [0x83, 0x9e],
      [0xf2, 0x8c],
      [0xeb, 0x85],
      [0xd2, 0x8e],
      [0xa3, 0xbb],
    ] as const) {
      expect(gbk().decode(lead, trail)).toBe(iconv.decode(Buffer.from([lead, trail]), 'gbk'));
    }
  });
  it('encodes 審查規則 as iconv-lite does', () => {
    const ours = [...'審查規則'].flatMap((c) => gbk().encode(c) ?? []);
    expect(ours).toEqual([...iconv.encode('審查規則', 'gbk')]);
  });
  it('maps user-defined code fb d4 to a private-use character', () => {
    expect(isPrivateUse(gbk().decode(0xfb, 0xd4) ?? '')).toBe(true);
  });
  it('rejects a lead byte followed by an ASCII byte below the trail range: c4 28', () => {
    expect(gbk().decode(0xc4, 0x28)).toBeUndefined();
  });
});
