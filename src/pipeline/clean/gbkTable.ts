import { once } from './once';

/** Two-byte GBK code table, built from the runtime's own WHATWG `gbk` decoder (browser and Node alike). */
export interface GbkTable {
  /** The character a lead/trail byte pair decodes to, or undefined when the pair is not valid GBK. */
  decode(lead: number, trail: number): string | undefined;
  /** The GBK bytes of a character (one byte for ASCII), or undefined when GBK cannot encode it. */
  encode(char: string): number[] | undefined;
}

/** A block of GBK codes that is a full product of lead and trail bytes. */
export interface CodeBlock {
  leads: readonly number[];
  trails: readonly number[];
}

const FIRST_LEAD = 0x81;
const LAST_BYTE = 0xfe;
const FIRST_TRAIL = 0x40;

/** Every byte from `from` to `to`, inclusive. */
export function byteRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Builds the GBK table by decoding every lead/trail pair once. */
export function createGbkTable(): GbkTable {
  const pairs = allPairs();
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach(([lead, trail], i) => bytes.set([lead, trail, 0x0a], i * 3));
  const decoded = new TextDecoder('gbk').decode(bytes).split('\n');
  const byPair: (string | undefined)[] = new Array(0x10000).fill(undefined);
  const byChar = new Map<string, number[]>();
  pairs.forEach(([lead, trail], i) => {
    const char = decoded[i];
    if (char === undefined || char.length !== 1 || char === '\ufffd') return;
    byPair[(lead << 8) | trail] = char;
    if (!byChar.has(char)) byChar.set(char, [lead, trail]);
  });
  return {
    decode: (lead, trail) => byPair[((lead & 0xff) << 8) | (trail & 0xff)],
    encode: (char) => (char.length === 1 && char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : byChar.get(char)),
  };
}

function allPairs(): [number, number][] {
  const pairs: [number, number][] = [];
  for (let lead = FIRST_LEAD; lead <= LAST_BYTE; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_BYTE; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  return pairs;
}

/** The table every cleaning stage shares, built on first use; it is read-only once built. */
export const gbk: () => GbkTable = once(createGbkTable);

/**
 * GBK's user-defined areas, which decode to private-use characters: AAA1–AFFE with F8A1–FEFE (one
 * block, they share the trail range) and A140–A7A0. A dropped user-defined code is one of these.
 */
export const USER_DEFINED_BLOCKS: readonly CodeBlock[] = [
  { leads: [...byteRange(0xaa, 0xaf), ...byteRange(0xf8, 0xfe)], trails: byteRange(0xa1, 0xfe) },
  { leads: byteRange(0xa1, 0xa7), trails: byteRange(0x40, 0xa0).filter((b) => b !== 0x7f) },
];

/** Tells whether a character is in Unicode's private-use area, where GBK's user-defined codes land. */
export function isPrivateUse(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xe000 && code <= 0xf8ff;
}

/** Tells whether a text holds a private-use character anywhere. */
export function hasPrivateUse(text: string): boolean {
  return /[\ue000-\uf8ff]/.test(text);
}
