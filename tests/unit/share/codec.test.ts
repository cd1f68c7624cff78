import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/share/base64url';
import { decodeNotebook, encodeNotebook, MAX_DECODED_BYTES, VERSIONS } from '../../../src/share/codec';
import { gzip } from '../../../src/share/gzip';
import { readSharedRequest, shareUrl } from '../../../src/share/shareLink';
import { defaultNotebook } from '../../../src/notebook/defaultNotebook';
import { SAMPLE_DOC } from './sampleDoc';

const DOC = SAMPLE_DOC;

async function v1(json: string): Promise<string> {
  return `v1.${toBase64Url(await gzip(new TextEncoder().encode(json)))}`;
}

/** mulberry32: a small seeded PRNG, so a failing fuzz case can be replayed. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('share codec', () => {
  it('round-trips a notebook exactly', async () => {
    const payload = await encodeNotebook(DOC);
    expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeNotebook(payload)).toEqual({ ok: true, doc: DOC });
  });

  it('round-trips the default notebook', async () => {
    const doc = defaultNotebook('v');
    expect(await decodeNotebook(await encodeNotebook(doc))).toEqual({ ok: true, doc });
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('rejects a payload from a future version with a message naming it', async () => {
    const result = await decodeNotebook('v2.AAAA');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('newer version of this notebook (v2)') });
  });

  it('rejects a truncated payload', async () => {
    const payload = await encodeNotebook(DOC);
    const result = await decodeNotebook(payload.slice(0, payload.length - 12));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/damaged|cut short/);
  });

  it('rejects valid gzip of JSON that is not a notebook, naming the fault', async () => {
    const result = await decodeNotebook(
      await v1(JSON.stringify({ title: 't', dataVersion: null, cells: [{ id: 'a', type: 'sql' }] })),
    );
    expect(result).toEqual({ ok: false, error: 'the notebook in the link is not valid: cell 1 is not a valid cell' });
  });

  it('rejects a payload that inflates beyond the cap (a gzip bomb)', async () => {
    const bomb = await v1(`{"title":"${'a'.repeat(MAX_DECODED_BYTES + 10)}"}`);
    const result = await decodeNotebook(bomb);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('larger than') });
  });

  it('drops keys it does not know, so a link cannot smuggle extra data into the notebook', async () => {
    const result = await decodeNotebook(
      await v1(JSON.stringify({ ...DOC, extra: 1, cells: [{ ...DOC.cells[0], onclick: 'x' }] })),
    );
    expect(result).toEqual({ ok: true, doc: { ...DOC, cells: [DOC.cells[0]] } });
  });

  it('keeps a registry of versions so old links keep opening', () => {
    expect(Object.keys(VERSIONS)).toContain('v1');
  });

  it('fuzz: 3000 random and mutated payloads always give a result or a clear error, never a throw', async () => {
    const random = prng(20240601);
    const good = await encodeNotebook(DOC);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%#v';
    const pick = (n: number) => Math.floor(random() * n);
    const mutate = (s: string): string => {
      const i = pick(s.length);
      switch (pick(5)) {
        case 0:
          return s.slice(0, i) + alphabet[pick(alphabet.length)] + s.slice(i + 1);
        case 1:
          return s.slice(0, i);
        case 2:
          return s.slice(0, i) + s.slice(i + 1 + pick(8));
        case 3:
          return s.slice(0, i) + s.slice(pick(s.length));
        default:
          return s + alphabet.charAt(pick(alphabet.length)).repeat(pick(10));
      }
    };
    const jsonCases = [
      'null',
      '[]',
      '1',
      '"x"',
      '{"title":1}',
      '{"title":"t","dataVersion":null,"cells":{}}',
      '{"title":"t","dataVersion":null,"cells":[null]}',
      '{"__proto__":{"a":1},"title":"t","dataVersion":null,"cells":[]}',
    ];
    const inputs: string[] = [];
    for (const json of jsonCases) inputs.push(await v1(json));
    for (let n = 0; n < 3000; n++) {
      const kind = pick(3);
      if (kind === 0) inputs.push(Array.from({ length: pick(200) }, () => alphabet[pick(alphabet.length)]).join(''));
      else if (kind === 1) inputs.push(`v1.${Array.from({ length: pick(200) }, () => alphabet[pick(64)]).join('')}`);
      else {
        let s = good;
        for (let k = 0, m = 1 + pick(4); k < m; k++) s = mutate(s);
        inputs.push(s);
      }
    }
    for (const input of inputs) {
      const result = await decodeNotebook(input);
      if (result.ok) expect(Array.isArray(result.doc.cells)).toBe(true);
      else expect(result.error.length).toBeGreaterThan(10);
    }
  });
});

describe('share links', () => {
  it('put the notebook in #nb= and read it back', async () => {
    const href = await shareUrl(new URL('https://example.org/tools/notebook/?sql=SELECT%201'), DOC);
    expect(href).toMatch(/^https:\/\/example\.org\/tools\/notebook\/#nb=v1\./);
    expect(await readSharedRequest(new URL(href))).toEqual({ kind: 'notebook', doc: DOC });
  });

  it('read a plain ?sql= link as one query', async () => {
    expect(await readSharedRequest(new URL('https://x/?sql=SELECT%20*%20FROM%20documents'))).toEqual({
      kind: 'sql',
      sql: 'SELECT * FROM documents',
    });
  });

  it('turn a broken #nb= into an error, not an exception', async () => {
    expect(await readSharedRequest(new URL('https://x/#nb=v1.%%%'))).toEqual({
      kind: 'error',
      error: expect.any(String),
    });
  });
});
