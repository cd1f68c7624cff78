import { gbk, isPrivateUse } from './gbkTable';
import { type LanguageModel, NO_CHAR } from './languageModel';
import type { Readings } from './readings';
import { simplifyChar } from './simplifyChar';

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
  /** The character in simplified script, as the word model reads it. */
  plain: string;
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
  /** Codes of pairs of slots, filled as spans need them: they depend only on the index and the slots. */
  memo: CandidateMemo;
}

/** Codes by lead slot, trail slot and reading (or number of the character before), slots compared by identity. */
export interface CandidateMemo {
  /** Slots of several bytes, by their bytes, so that equal slots are one object. */
  slots: Map<string, Slot>;
  codes: Map<Slot, Map<Slot, Map<string | null, readonly number[]>>>;
  followers: Map<Slot, Map<Slot, Map<number, readonly number[]>>>;
  /** The candidate of each code, made once. */
  candidates: (Candidate | undefined)[];
}

// The search ranks candidates in context; this only bounds its work. Where both bytes of a pair are
// guessed the pair may be almost any character: the likeliest followers of the character before are added.
const KEEP_PER_POSITION = 16;
const KEEP_FOLLOWERS = 16;
// Codes looked up per wide pair before a document's script filter; enough to leave the kept numbers after it.
const KEEP_UNFILTERED = 48;
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
  return {
    chars,
    ids,
    han,
    ranked,
    rankOf,
    codesOf,
    memo: { slots: new Map(), codes: new Map(), followers: new Map(), candidates: [] },
  };
}

/**
 * Creates a lister for the damaged spans of a document whose script allows the characters `allows` accepts.
 * The codes a pair of slots decodes to are looked up once per index (slots compared by identity: use
 * byteSlot for single bytes), the document's script filter once per document.
 */
export function createCandidateLister(
  index: GbkIndex,
  model: LanguageModel,
  readings: Readings,
  allows: (char: string) => boolean = () => true,
): CandidateLister {
  const positions = new Map<readonly number[], Position | undefined>();
  const widened = new Map<Position, Map<number, Position>>();
  const position = (codes: readonly number[], wide: boolean) =>
    positions.get(codes) ?? setAndGet(positions, codes, toPosition(codes, wide, index, allows));
  return (pair, prev) => {
    const { codes, wide } = pairCodes(pair, index, readings);
    const found = position(codes, wide);
    if (!found || !wide || prev === NO_CHAR) return found;
    const byPrev = widened.get(found) ?? setAndGet(widened, found, new Map());
    return (
      byPrev.get(prev) ??
      setAndGet(byPrev, prev, withFollowers(found, followerCodes(pair, prev, index, model), index, allows))
    );
  };
}

/** The slot of one known byte, the same object every time. */
export function byteSlot(byte: number): Slot {
  return BYTE_SLOTS[byte]!;
}

const BYTE_SLOTS: readonly Slot[] = Array.from({ length: 256 }, (_, b) => [b]);

/** The one slot object of these bytes in an index's memo. */
export function sharedSlot(bytes: readonly number[], index: GbkIndex): Slot {
  if (bytes.length === 1) return byteSlot(bytes[0]!);
  const key = bytes.join(',');
  return index.memo.slots.get(key) ?? setAndGet(index.memo.slots, key, bytes);
}

function toPosition(
  codes: readonly number[],
  wide: boolean,
  index: GbkIndex,
  allows: (char: string) => boolean,
): Position | undefined {
  if (codes.length === 0) return undefined;
  const candidates: Candidate[] = [];
  for (const code of codes) {
    if (candidates.length === KEEP_PER_POSITION) break;
    if (allows(index.chars[code]!)) candidates.push(candidate(code, index));
  }
  // Forced means the bytes alone allow one character, whatever the script rules out.
  return candidates.length === 0 ? undefined : { candidates, forced: codes.length === 1, wide };
}

/** A wide position with the likeliest followers of the character before that its bytes allow. */
function withFollowers(
  position: Position,
  codes: readonly number[],
  index: GbkIndex,
  allows: (char: string) => boolean,
): Position {
  const listed = new Set(position.candidates.map((c) => c.id));
  const added: Candidate[] = [];
  for (const code of codes) {
    if (added.length === KEEP_FOLLOWERS) break;
    const id = index.ids[code]!;
    if (!listed.has(id) && allows(index.chars[code]!)) added.push(candidate(code, index));
  }
  return added.length === 0 ? position : { ...position, candidates: [...position.candidates, ...added] };
}

/** Every code of the pair (of a wide pair, the most common), looked up once per index. */
function pairCodes(pair: PairSlots, index: GbkIndex, readings: Readings): { codes: readonly number[]; wide: boolean } {
  const wide = pair.reading === null && pair.lead.length * pair.trail.length > ENUMERATE_LIMIT;
  const byTrail = index.memo.codes.get(pair.lead) ?? setAndGet(index.memo.codes, pair.lead, new Map());
  const byReading = byTrail.get(pair.trail) ?? setAndGet(byTrail, pair.trail, new Map());
  const codes =
    byReading.get(pair.reading) ??
    setAndGet(byReading, pair.reading, wide ? walkRanked(pair, index) : enumerate(pair, index, readings));
  return { codes, wide };
}

/** The codes of the pair that decode to the likeliest followers of `prev`, looked up once per index. */
function followerCodes(pair: PairSlots, prev: number, index: GbkIndex, model: LanguageModel): readonly number[] {
  const byTrail = index.memo.followers.get(pair.lead) ?? setAndGet(index.memo.followers, pair.lead, new Map());
  const byPrev = byTrail.get(pair.trail) ?? setAndGet(byTrail, pair.trail, new Map());
  const known = byPrev.get(prev);
  if (known) return known;
  const { leads, trails } = byteSets(pair);
  const codes: number[] = [];
  for (const id of model.followers(prev)) {
    if (codes.length === KEEP_UNFILTERED) break;
    const code = index.codesOf
      .get(id)
      ?.find((c) => leads[c >> 8] === 1 && trails[c & 0xff] === 1 && accepts(c, pair, index));
    if (code !== undefined) codes.push(code);
  }
  return setAndGet(byPrev, prev, codes);
}

function candidate(code: number, index: GbkIndex): Candidate {
  const char = index.chars[code]!;
  return (index.memo.candidates[code] ??= { char, id: index.ids[code]!, plain: simplifyChar(char) });
}

function byteSets(pair: PairSlots): { leads: Uint8Array; trails: Uint8Array } {
  const leads = new Uint8Array(256);
  const trails = new Uint8Array(256);
  for (const b of pair.lead) leads[b] = 1;
  for (const b of pair.trail) trails[b] = 1;
  return { leads, trails };
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
      if (accepts(code, pair, index) && (pair.reading === null || readings.isGlossed(index.chars[code]!, pair.reading)))
        codes.push(code);
    }
  }
  return codes.sort((a, b) => index.rankOf[a]! - index.rankOf[b]!);
}

/** The most common codes of a wide pair, found by walking all codes in rank order. */
function walkRanked(pair: PairSlots, index: GbkIndex): number[] {
  const { leads, trails } = byteSets(pair);
  const codes: number[] = [];
  for (let i = 0; i < index.ranked.length && codes.length < KEEP_UNFILTERED; i++) {
    const code = index.ranked[i]!;
    if (leads[code >> 8] === 1 && trails[code & 0xff] === 1 && accepts(code, pair, index)) codes.push(code);
  }
  return codes;
}

function setAndGet<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}
