import { gbk, isPrivateUse } from './gbkTable';
import { type LanguageModel, NO_CHAR } from './languageModel';
import type { Readings } from './readings';

/** The bytes one place of the rebuilt byte stream may hold. */
export type Slot = readonly number[];

/** One character of the rebuilt text: the bytes it decodes from, and the reading it must carry if any. */
export interface PairSlots {
  lead: Slot;
  trail: Slot;
  reading: string | null;
}

/** A character a pair of slots can decode to, with its number in the language model. */
export interface Candidate {
  char: string;
  id: number;
}

/** The characters one pair can decode to, most common first. */
export interface Position {
  candidates: Candidate[];
  /** True when the bytes allow exactly one character. */
  forced: boolean;
}

/** Lists the characters a pair of slots decodes to, remembering each answer for the slots it was given. */
export type CandidateLister = (pair: PairSlots) => Position | undefined;

/** Every GBK character seen through one language model: its number, its unigram score, and the codes ranked by it. */
export interface GbkIndex {
  chars: readonly (string | undefined)[];
  ids: Int32Array;
  han: Uint8Array;
  /** Codes of the decodable, non-private-use characters, most common first. */
  ranked: Int32Array;
  /** Place of each code in `ranked`. */
  rankOf: Int32Array;
}

// The search ranks candidates in context; this only bounds the work where both bytes of a pair are guessed.
const KEEP_PER_POSITION = 16;
// Pairs with more possible codes than this are listed by walking the ranked codes instead of every byte pair.
const ENUMERATE_LIMIT = 512;
// A guessed lead byte begins a character the annotator split or the decoder dropped; in every damaged span
// it was a Han character, so guessing punctuation there (common as it is) would only let frequency win over evidence.
const HAN = /\p{Script=Han}/u;

/** Indexes every GBK character under a model, once per model. */
export function createGbkIndex(model: LanguageModel): GbkIndex {
  const table = gbk();
  const chars = Array.from({ length: 0x10000 }, (_, code) => table.decode(code >> 8, code & 0xff));
  const ids = new Int32Array(0x10000);
  const han = new Uint8Array(0x10000);
  const unigram = new Float64Array(0x10000).fill(-Infinity);
  const codes: number[] = [];
  chars.forEach((char, code) => {
    if (char === undefined || isPrivateUse(char)) return;
    ids[code] = model.idOf(char);
    han[code] = HAN.test(char) ? 1 : 0;
    unigram[code] = model.score(NO_CHAR, ids[code]!);
    codes.push(code);
  });
  const ranked = Int32Array.from(codes.sort((a, b) => unigram[b]! - unigram[a]! || a - b));
  const rankOf = new Int32Array(0x10000);
  ranked.forEach((code, i) => (rankOf[code] = i));
  return { chars, ids, han, ranked, rankOf };
}

/**
 * Creates a lister for one damaged span. Slots are compared by identity, so a span that reuses the same
 * slot objects decodes each pair of them once.
 */
export function createCandidateLister(index: GbkIndex, readings: Readings): CandidateLister {
  const known = new Map<Slot, Map<Slot, Map<string | null, Position | undefined>>>();
  return (pair) => {
    const byTrail = known.get(pair.lead) ?? setAndGet(known, pair.lead, new Map());
    const byReading = byTrail.get(pair.trail) ?? setAndGet(byTrail, pair.trail, new Map());
    if (byReading.has(pair.reading)) return byReading.get(pair.reading);
    return setAndGet(byReading, pair.reading, listCandidates(pair, index, readings));
  };
}

function listCandidates(pair: PairSlots, index: GbkIndex, readings: Readings): Position | undefined {
  const large = pair.reading === null && pair.lead.length * pair.trail.length > ENUMERATE_LIMIT;
  const codes = (large ? walkRanked : enumerate)(pair, index, readings);
  if (codes.length === 0) return undefined;
  return { candidates: codes.slice(0, KEEP_PER_POSITION).map((code) => ({ char: index.chars[code]!, id: index.ids[code]! })), forced: codes.length === 1 };
}

function accepts(code: number, pair: PairSlots, index: GbkIndex): boolean {
  const char = index.chars[code];
  return char !== undefined && !isPrivateUse(char) && (pair.lead.length === 1 || index.han[code] === 1);
}

/** Every code of the pair that decodes (and carries the reading), most common first. */
function enumerate(pair: PairSlots, index: GbkIndex, readings: Readings): number[] {
  const codes: number[] = [];
  for (const lead of pair.lead) {
    for (const trail of pair.trail) {
      const code = (lead << 8) | trail;
      if (accepts(code, pair, index) && (pair.reading === null || readings.isGlossed(index.chars[code]!, pair.reading))) codes.push(code);
    }
  }
  return codes.sort((a, b) => index.rankOf[a]! - index.rankOf[b]!);
}

/** The most common codes of a large pair, found by walking all codes in rank order. */
function walkRanked(pair: PairSlots, index: GbkIndex): number[] {
  const leads = new Uint8Array(256);
  const trails = new Uint8Array(256);
  for (const b of pair.lead) leads[b] = 1;
  for (const b of pair.trail) trails[b] = 1;
  const codes: number[] = [];
  for (let i = 0; i < index.ranked.length && codes.length < KEEP_PER_POSITION; i++) {
    const code = index.ranked[i]!;
    if (leads[code >> 8] === 1 && trails[code & 0xff] === 1 && accepts(code, pair, index)) codes.push(code);
  }
  return codes;
}

function setAndGet<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}
