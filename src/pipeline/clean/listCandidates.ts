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
  /** True when the bytes allow too many characters to list them all. */
  wide: boolean;
}

/**
 * Lists the characters a pair of slots decodes to after the character numbered `prev`, remembering each
 * answer for the slots it was given.
 */
export type CandidateLister = (pair: PairSlots, prev: number) => Position | undefined;

/** Every GBK character seen through one language model: its number, its unigram score, and the codes ranked by it. */
export interface GbkIndex {
  chars: readonly (string | undefined)[];
  ids: Int32Array;
  han: Uint8Array;
  /** Codes of the decodable, non-private-use characters, most common first. */
  ranked: Int32Array;
  /** Place of each code in `ranked`. */
  rankOf: Int32Array;
  /** The codes of each model number (a character and its traditional forms share one). */
  codesOf: ReadonlyMap<number, readonly number[]>;
}

// The search ranks candidates in context; this only bounds its work. Where both bytes of a pair are
// guessed the pair may be almost any character: the likeliest followers of the character before are added.
const KEEP_PER_POSITION = 16;
const KEEP_FOLLOWERS = 16;
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
  const codesOf = new Map<number, number[]>();
  for (const code of ranked) (codesOf.get(ids[code]!) ?? codesOf.set(ids[code]!, []).get(ids[code]!)!).push(code);
  return { chars, ids, han, ranked, rankOf, codesOf };
}

/**
 * Creates a lister for one damaged span. Slots are compared by identity, so a span that reuses the same
 * slot objects decodes each pair of them once.
 */
export function createCandidateLister(index: GbkIndex, model: LanguageModel, readings: Readings, allows: (char: string) => boolean = () => true): CandidateLister {
  const known = new Map<Slot, Map<Slot, Map<string | null, Position | undefined>>>();
  const list = (pair: PairSlots) => {
    const byTrail = known.get(pair.lead) ?? setAndGet(known, pair.lead, new Map());
    const byReading = byTrail.get(pair.trail) ?? setAndGet(byTrail, pair.trail, new Map());
    if (byReading.has(pair.reading)) return byReading.get(pair.reading);
    return setAndGet(byReading, pair.reading, listCandidates(pair, index, readings, allows));
  };
  const wide = new Map<Position, Map<number, Position>>();
  return (pair, prev) => {
    const position = list(pair);
    if (!position?.wide || prev === NO_CHAR) return position;
    const byPrev = wide.get(position) ?? setAndGet(wide, position, new Map());
    return byPrev.get(prev) ?? setAndGet(byPrev, prev, withFollowers(position, pair, prev, index, model, allows));
  };
}

/** A wide position with the likeliest followers of `prev` that its bytes allow added to its most common characters. */
function withFollowers(position: Position, pair: PairSlots, prev: number, index: GbkIndex, model: LanguageModel, allows: (char: string) => boolean): Position {
  const { leads, trails } = byteSets(pair);
  const added: Candidate[] = [];
  const listed = new Set(position.candidates.map((c) => c.id));
  for (const id of model.followers(prev)) {
    if (added.length === KEEP_FOLLOWERS) break;
    if (listed.has(id)) continue;
    const code = index.codesOf.get(id)?.find((c) => leads[c >> 8] === 1 && trails[c & 0xff] === 1 && accepts(c, pair, index) && allows(index.chars[c]!));
    if (code !== undefined) added.push({ char: index.chars[code]!, id });
  }
  return { ...position, candidates: [...position.candidates, ...added] };
}

function byteSets(pair: PairSlots): { leads: Uint8Array; trails: Uint8Array } {
  const leads = new Uint8Array(256);
  const trails = new Uint8Array(256);
  for (const b of pair.lead) leads[b] = 1;
  for (const b of pair.trail) trails[b] = 1;
  return { leads, trails };
}

function listCandidates(pair: PairSlots, index: GbkIndex, readings: Readings, allows: (char: string) => boolean): Position | undefined {
  const large = pair.reading === null && pair.lead.length * pair.trail.length > ENUMERATE_LIMIT;
  const accepted = (code: number) => accepts(code, pair, index) && allows(index.chars[code]!);
  const codes = large ? walkRanked(pair, index, accepted) : enumerate(pair, index, readings, accepted);
  if (codes.length === 0) return undefined;
  return { candidates: codes.slice(0, KEEP_PER_POSITION).map((code) => ({ char: index.chars[code]!, id: index.ids[code]! })), forced: codes.length === 1, wide: large };
}

function accepts(code: number, pair: PairSlots, index: GbkIndex): boolean {
  const char = index.chars[code];
  return char !== undefined && !isPrivateUse(char) && (pair.lead.length === 1 || index.han[code] === 1);
}

/** Every code of the pair that decodes (and carries the reading), most common first. */
function enumerate(pair: PairSlots, index: GbkIndex, readings: Readings, accepted: (code: number) => boolean): number[] {
  const codes: number[] = [];
  for (const lead of pair.lead) {
    for (const trail of pair.trail) {
      const code = (lead << 8) | trail;
      if (accepted(code) && (pair.reading === null || readings.isGlossed(index.chars[code]!, pair.reading))) codes.push(code);
    }
  }
  return codes.sort((a, b) => index.rankOf[a]! - index.rankOf[b]!);
}

/** The most common codes of a large pair, found by walking all codes in rank order. */
function walkRanked(pair: PairSlots, index: GbkIndex, accepted: (code: number) => boolean): number[] {
  const { leads, trails } = byteSets(pair);
  const codes: number[] = [];
  for (let i = 0; i < index.ranked.length && codes.length < KEEP_PER_POSITION; i++) {
    const code = index.ranked[i]!;
    if (leads[code >> 8] === 1 && trails[code & 0xff] === 1 && accepted(code)) codes.push(code);
  }
  return codes;
}

function setAndGet<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}
