/**
 * The share decoder faces links from anyone. These cases throw thousands of hostile payloads at it, family by
 * family, and hold it to one contract: it resolves (never throws), quickly, to either a notebook that passes
 * validation again or a short, readable reason from the family the input belongs to.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../src/share/base64url';
import {
  decodeNotebook,
  encodeNotebook,
  MAX_DECODED_BYTES,
  MAX_ENCODED_CHARS,
  type DecodeResult,
} from '../../../src/share/codec';
import { gzip } from '../../../src/share/gzip';
import { validateDoc } from '../../../src/share/validateDoc';
import { defaultNotebook } from '../../../src/notebook/defaultNotebook';
import type { NotebookDoc } from '../../../src/notebook/types';
import { SAMPLE_DOC } from './sampleDoc';

const DOC = SAMPLE_DOC;

/** mulberry32: seeded, so a failing case can be replayed from its family and index. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x5eed_2024);
const pick = (n: number) => Math.floor(random() * n);
const choose = <T>(items: readonly T[]): T => items[pick(items.length)]!;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const NOISE = `${B64}.=%#+/ \n\t\u0000é闵行😀v`;
const randomText = (alphabet: string, max: number) =>
  Array.from({ length: pick(max) }, () => alphabet[pick(alphabet.length)]).join('');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const v1Bytes = async (bytes: Uint8Array) => `v1.${toBase64Url(await gzip(bytes))}`;
const v1Json = (json: string) => v1Bytes(bytesOf(json));

/** A random JSON value of bounded depth: the shapes a hand-edited or hostile link might carry. */
function randomJson(depth = 0): unknown {
  const kind = pick(depth > 3 ? 5 : 7);
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return choose([0, -1, 1e308, 1.5, Number.MAX_SAFE_INTEGER + 2]);
  if (kind === 3) return randomText(NOISE, 20);
  if (kind === 4) return choose(['sql', 'note', 'chart', 'bar', 'line', '', '__proto__', 'constructor']);
  if (kind === 5) return Array.from({ length: pick(5) }, () => randomJson(depth + 1));
  const keys = [
    'title',
    'dataVersion',
    'cells',
    'id',
    'type',
    'sql',
    'markdown',
    'source',
    'spec',
    'mark',
    'x',
    'y',
    '__proto__',
    'constructor',
    'prototype',
  ];
  return Object.fromEntries(Array.from({ length: pick(6) }, () => [choose(keys), randomJson(depth + 1)]));
}

type Path = (string | number)[];

/** Lists the paths of every value inside a JSON tree. */
function paths(value: unknown, at: Path = []): Path[] {
  const own: Path[] = [at];
  if (Array.isArray(value)) return own.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object')
    return own.concat(...Object.entries(value).map(([k, v]) => paths(v, [...at, k])));
  return own;
}

/** Returns a copy of a valid notebook with one value replaced, removed or joined by a stray key. */
function mutateShape(doc: NotebookDoc): unknown {
  const copy = structuredClone(doc) as unknown as Record<string, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = choose(all);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  const last = path[path.length - 1]!;
  const holder = parent as Record<string | number, unknown>;
  const action = pick(4);
  if (action === 0) holder[last] = randomJson();
  else if (action === 1) delete holder[last];
  else if (action === 2) holder[last] = typeof holder[last] === 'string' ? 'x'.repeat(100_001) : [holder[last]];
  else (holder as Record<string, unknown>)[choose(['onclick', '__proto__', 'constructor', 'extra'])] = randomJson();
  return copy;
}

/** Flips, drops or inserts a few bytes. */
function mutateBytes(bytes: Uint8Array): Uint8Array {
  const out = Array.from(bytes);
  for (let k = 0, n = 1 + pick(4); k < n; k++) {
    const i = pick(out.length);
    const action = pick(3);
    if (action === 0) out[i] = out[i]! ^ (1 << pick(8));
    else if (action === 1) out.splice(i, 1 + pick(4));
    else out.splice(i, 0, pick(256));
  }
  return Uint8Array.from(out);
}

/** Changes, cuts or splices characters of a payload. */
function mutateText(text: string): string {
  const i = pick(text.length);
  switch (pick(5)) {
    case 0:
      return text.slice(0, i) + NOISE[pick(NOISE.length)] + text.slice(i + 1);
    case 1:
      return text.slice(0, i) + text.slice(i + 1 + pick(8));
    case 2:
      return text.slice(0, i) + text.slice(pick(text.length));
    case 3:
      return text.slice(0, i) + B64[pick(64)]!.repeat(1 + pick(6)) + text.slice(i);
    default:
      return (
        text.slice(0, i) +
        text.slice(i).replace(/[A-Za-z]/, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
      );
  }
}

interface Case {
  family: string;
  input: string;
  /** What a rejection must say for this family, when the family fixes it. */
  reason?: RegExp;
  /** True when the family can only be rejected. */
  mustFail?: boolean;
}

const REASONS = {
  anyKnown: new RegExp(
    '^(the link is longer than|the link has no version mark|the link was made by a newer version|' +
      'the link could not be read|the link is damaged|the notebook is larger than|the notebook in the link is not valid)',
  ),
  truncated: /damaged|cut short/,
  tooBig: /longer than \d+ characters|larger than \d+ bytes/,
  future: /newer version of this notebook \(v\d+\)/,
  shape: /^the notebook in the link is not valid: /,
};

async function buildCases(): Promise<Case[]> {
  const cases: Case[] = [];
  const add = (family: string, input: string, extra: Omit<Case, 'family' | 'input'> = {}) =>
    cases.push({ family, input, ...extra });
  const good = await encodeNotebook(DOC);
  const big = await encodeNotebook(defaultNotebook('c5ff06950b30ec01'));
  const goodJson = JSON.stringify(DOC);
  const goodGzip = await gzip(bytesOf(goodJson));

  for (let n = 0; n < 1000; n++) add('random text', randomText(NOISE, 400));
  for (let n = 0; n < 400; n++) add('random base64 after v1.', `v1.${randomText(B64, 400)}`, { mustFail: true });
  for (let n = 0; n < 300; n++)
    add('random bytes, valid gzip', await v1Bytes(Uint8Array.from({ length: pick(300) }, () => pick(256))), {
      mustFail: true,
    });

  for (let n = 0; n < 800; n++) {
    let s = choose([good, big]);
    for (let k = 0, m = 1 + pick(3); k < m; k++) s = mutateText(s);
    add('mutated payload text', s);
  }
  for (let n = 0; n < 400; n++) add('mutated gzip bytes', `v1.${toBase64Url(mutateBytes(goodGzip))}`);
  for (let n = 0; n < 400; n++) {
    let json = goodJson;
    for (let k = 0, m = 1 + pick(3); k < m; k++) json = mutateText(json);
    add('mutated JSON text, valid gzip', await v1Json(json));
  }

  for (const payload of [good, big])
    for (let len = 3; len < payload.length; len += payload === big ? 7 : 1)
      add('truncated', payload.slice(0, len), { mustFail: true });

  add('oversized link', `v1.${'A'.repeat(MAX_ENCODED_CHARS)}`, { mustFail: true, reason: REASONS.tooBig });
  add('oversized link', `v1.${good.slice(3)}${'A'.repeat(MAX_ENCODED_CHARS)}`, {
    mustFail: true,
    reason: REASONS.tooBig,
  });
  const bombs = [
    `{"title":"${'a'.repeat(MAX_DECODED_BYTES + 1)}","dataVersion":null,"cells":[]}`,
    `${' '.repeat(MAX_DECODED_BYTES + 1)}{}`,
    `{"title":"t","dataVersion":null,"cells":[${Array.from({ length: 60_000 }, (_, i) => `{"id":"c${i}","type":"sql","sql":"SELECT 1"}`).join(',')}]}`,
    `${'['.repeat(MAX_DECODED_BYTES / 2 + 1)}${']'.repeat(MAX_DECODED_BYTES / 2 + 1)}`,
    '\u0000'.repeat(20 * MAX_DECODED_BYTES),
  ];
  for (const bomb of bombs) add('gzip bomb', await v1Json(bomb), { mustFail: true, reason: REASONS.tooBig });

  const futures = ['v2', 'v3', 'v10', 'v99', 'v12345', `v${'9'.repeat(40)}`];
  for (const version of futures) {
    add('future version', `${version}.${good.slice(3)}`, { mustFail: true, reason: REASONS.future });
    add('future version', `${version}.`, { mustFail: true, reason: REASONS.future });
    add('future version', `${version}.${randomText(NOISE, 60)}`, { mustFail: true, reason: REASONS.future });
  }
  for (const mark of ['V1', 'v', 'vx', 'v1e3', 'v-1', 'v١', '1', '', 'nb=v1', ' v1', 'v1 '])
    add('no version mark', `${mark}.${good.slice(3)}`, { mustFail: mark !== 'v1 ' });

  const shapes = [
    'null',
    '[]',
    '1',
    '"x"',
    'true',
    '{}',
    '{"title":1}',
    '{"title":"t"}',
    '{"title":"t","dataVersion":5,"cells":[]}',
    '{"title":"t","dataVersion":null,"cells":{}}',
    '{"title":"t","dataVersion":null,"cells":[null]}',
    '{"title":"t","dataVersion":null,"cells":[[]]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"sql"}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"","type":"sql","sql":""}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":1,"type":"sql","sql":""}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"script","sql":""}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"sql","sql":""},{"id":"a","type":"note","markdown":""}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"chart","source":"q","spec":{"mark":"pie"}}]}',
    '{"title":"t","dataVersion":null,"cells":[{"id":"a","type":"chart","source":"q","spec":{"mark":"bar","x":{"a":1}}}]}',
    `{"title":"t","dataVersion":null,"cells":[${Array.from({ length: 501 }, (_, i) => `{"id":"c${i}","type":"note","markdown":""}`).join(',')}]}`,
  ];
  for (const json of shapes) add('wrong-shape JSON', await v1Json(json), { mustFail: true, reason: REASONS.shape });
  for (let n = 0; n < 300; n++)
    add('random JSON', await v1Json(JSON.stringify(randomJson())), { mustFail: true, reason: REASONS.shape });
  for (let n = 0; n < 600; n++)
    add('mutated notebook shape', await v1Json(JSON.stringify(mutateShape(choose([DOC, defaultNotebook('v')])))));
  return cases;
}

/** Checks a successful decode: the notebook validates again and survives another round trip unchanged. */
async function expectSound(doc: NotebookDoc): Promise<void> {
  expect(validateDoc(structuredClone(doc))).toEqual({ doc });
  expect(new Set(doc.cells.map((c) => c.id)).size).toBe(doc.cells.length);
  expect(await decodeNotebook(await encodeNotebook(doc))).toEqual({ ok: true, doc });
}

const tally = new Map<string, { cases: number; rejected: number; slowestMs: number }>();

afterAll(() => {
  console.log(
    `share decoder fuzz: ${[...tally].map(([f, t]) => `${f} ${t.cases} (${t.rejected} rejected, slowest ${t.slowestMs.toFixed(0)} ms)`).join('; ')}`,
  );
});

describe('share decoder under fuzzing', () => {
  it('answers every hostile payload of every family with a notebook that validates or a clear reason, never a throw', async () => {
    const cases = await buildCases();
    expect(cases.length).toBeGreaterThan(5000);
    for (const [i, c] of cases.entries()) {
      const started = performance.now();
      const result: DecodeResult = await decodeNotebook(c.input);
      const ms = performance.now() - started;
      const entry = tally.get(c.family) ?? { cases: 0, rejected: 0, slowestMs: 0 };
      tally.set(c.family, {
        cases: entry.cases + 1,
        rejected: entry.rejected + (result.ok ? 0 : 1),
        slowestMs: Math.max(entry.slowestMs, ms),
      });
      const where = `${c.family} #${i}: ${c.input.slice(0, 80)}`;
      expect(ms, where).toBeLessThan(5000);
      if (result.ok) {
        expect(c.mustFail, where).not.toBe(true);
        await expectSound(result.doc);
      } else {
        expect(result.error, where).toMatch(REASONS.anyKnown);
        expect(result.error.length, where).toBeLessThan(400);
        expect(result.error, where).not.toMatch(/[\u0000-\u0008]/);
        if (c.reason) expect(result.error, where).toMatch(c.reason);
        if (c.family === 'truncated') expect(result.error, where).toMatch(REASONS.truncated);
      }
    }
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined();
  }, 300_000);

  it('covers every family with hundreds of cases, and mutation finds both valid and invalid notebooks', async () => {
    const families = [
      'random text',
      'random base64 after v1.',
      'random bytes, valid gzip',
      'mutated payload text',
      'mutated gzip bytes',
      'mutated JSON text, valid gzip',
      'truncated',
      'oversized link',
      'gzip bomb',
      'future version',
      'no version mark',
      'wrong-shape JSON',
      'random JSON',
      'mutated notebook shape',
    ];
    expect([...tally.keys()].sort()).toEqual([...families].sort());
    expect(tally.get('truncated')!.cases).toBeGreaterThan(300);
    const shape = tally.get('mutated notebook shape')!;
    expect(shape.rejected).toBeGreaterThan(50);
    expect(shape.rejected).toBeLessThan(shape.cases);
  });

  it('keeps the notebook but drops stray keys a mutated link adds (onclick, __proto__)', async () => {
    const hostile = `{"__proto__":{"polluted":1},"title":"t","dataVersion":null,"constructor":{"prototype":{"polluted":1}},"cells":[{"id":"a","type":"note","markdown":"x","onclick":"alert(1)","__proto__":{"polluted":1}}]}`;
    const result = await decodeNotebook(await v1Json(hostile));
    expect(result).toEqual({
      ok: true,
      doc: { title: 't', dataVersion: null, cells: [{ id: 'a', type: 'note', markdown: 'x' }] },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
