/** Two-byte GBK code table, built from the runtime's own WHATWG `gbk` decoder (browser and Node alike). */
export interface GbkTable {
  /** The character a lead/trail byte pair decodes to, or undefined when the pair is not valid GBK. */
  decode(lead: number, trail: number): string | undefined;
  /** The GBK bytes of a character (one byte for ASCII), or undefined when GBK cannot encode it. */
  encode(char: string): number[] | undefined;
}

const FIRST_LEAD = 0x81;
const LAST_BYTE = 0xfe;
const FIRST_TRAIL = 0x40;

/** Builds the GBK table by decoding every lead/trail pair once. */
export function createGbkTable(): GbkTable {
  const pairs = allPairs();
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach(([lead, trail], i) => bytes.set([lead, trail, 0x0a], i * 3));
  const decoded = new TextDecoder('gbk').decode(bytes).split('\n');
  const byPair = new Map<number, string>();
  const byChar = new Map<string, number[]>();
  pairs.forEach(([lead, trail], i) => {
    const char = decoded[i];
    if (char === undefined || char.length !== 1 || char === '\ufffd') return;
    byPair.set((lead << 8) | trail, char);
    if (!byChar.has(char)) byChar.set(char, [lead, trail]);
  });
  return {
    decode: (lead, trail) => byPair.get((lead << 8) | trail),
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

/** The table every cleaning stage shares; it is read-only once built. */
export const GBK: GbkTable = createGbkTable();

/** Tells whether a character is in Unicode's private-use area, where GBK's user-defined codes land. */
export function isPrivateUse(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xe000 && code <= 0xf8ff;
}
