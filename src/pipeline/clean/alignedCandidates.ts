import { GBK, isPrivateUse } from './gbkTable';
import type { LanguageModel } from './languageModel';
import { isGlossed } from './readings';

/** The bytes a position in the recovered byte stream may hold. */
export type Slot = readonly number[];

/** One recovered character and the alternatives that fit the same bytes. */
export interface Position {
  candidates: string[];
  /** True when the bytes allow exactly one character. */
  forced: boolean;
}

const KEEP_PER_POSITION = 12;
// A lost lead byte begins the character the annotator split; in every damaged span it was a Han character,
// so guessing punctuation there (common as it is) would only let frequency win over evidence.
const HAN = /\p{Script=Han}/u;

/** Every byte from `from` to `to`, inclusive. */
export function byteRange(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Lead and trail bytes of GBK's user-defined codes, which decode to private-use characters. */
export const PRIVATE_USE_BYTES = collectPrivateUseBytes();

function collectPrivateUseBytes(): { leads: number[]; trails: number[] } {
  const leads = new Set<number>();
  const trails = new Set<number>();
  for (const lead of byteRange(0x81, 0xfe)) {
    for (const trail of byteRange(0x40, 0xfe)) {
      if (!isPrivateUse(GBK.decode(lead, trail) ?? 'a')) continue;
      leads.add(lead);
      trails.add(trail);
    }
  }
  return { leads: [...leads], trails: [...trails] };
}

/**
 * Pairs slots up (0,1)(2,3)… and lists the characters each pair can decode to, most common first.
 * `readings` constrains a pair (by index) to characters with that reading.
 */
export function alignedPositions(slots: Slot[], readings: Map<number, string>, model: LanguageModel): Position[] | undefined {
  const positions: Position[] = [];
  for (let i = 0; i + 1 < slots.length; i += 2) {
    const lead = slots[i]!;
    const reading = readings.get(i / 2);
    const chars = decodeAll(lead, slots[i + 1]!)
      .filter((c) => reading === undefined || isGlossed(c, reading))
      .filter((c) => lead.length === 1 || HAN.test(c));
    if (chars.length === 0) return undefined;
    const ranked = chars.sort((a, b) => model.score(undefined, b) - model.score(undefined, a));
    positions.push({ candidates: ranked.slice(0, KEEP_PER_POSITION), forced: chars.length === 1 });
  }
  return positions;
}

function decodeAll(leads: Slot, trails: Slot): string[] {
  const chars = new Set<string>();
  for (const lead of leads) {
    for (const trail of trails) {
      const char = GBK.decode(lead, trail);
      if (char !== undefined && !isPrivateUse(char)) chars.add(char);
    }
  }
  return [...chars];
}

/** Picks the best-scoring character sequence (Viterbi over the candidates), given the characters around it. */
export function bestSequence(positions: Position[], before: string | undefined, after: string | undefined, model: LanguageModel): { text: string; score: number } {
  let paths = [{ text: '', last: before, score: 0 }];
  for (const position of positions) {
    paths = position.candidates.map((char) => {
      const from = paths.reduce((best, p) => (extend(p, char, model) > extend(best, char, model) ? p : best));
      return { text: from.text + char, last: char, score: extend(from, char, model) };
    });
  }
  const close = (p: { last: string | undefined; score: number }) => p.score + (after === undefined ? 0 : model.score(p.last, after));
  const best = paths.reduce((a, b) => (close(b) > close(a) ? b : a));
  return { text: best.text, score: close(best) };
}

function extend(path: { last: string | undefined; score: number }, char: string, model: LanguageModel): number {
  return path.score + model.score(path.last, char);
}
