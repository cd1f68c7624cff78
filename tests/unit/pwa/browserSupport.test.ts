import { describe, expect, it } from 'vitest';
import { missingFeatures } from '../../../src/pwa/browserSupport';

describe('missingFeatures', () => {
  it('finds nothing missing where WebAssembly and Worker exist', () => {
    expect(missingFeatures({ WebAssembly: { instantiate() {} }, Worker: class {} })).toEqual([]);
  });

  it('names WebAssembly and Web Workers when a browser or policy removed them', () => {
    expect(missingFeatures({})).toEqual([
      { id: 'webassembly', name: 'WebAssembly' },
      { id: 'worker', name: 'Web Workers' },
    ]);
  });

  it('treats a WebAssembly object without instantiate as missing', () => {
    expect(missingFeatures({ WebAssembly: {}, Worker: class {} }).map((m) => m.id)).toEqual(['webassembly']);
  });
});
