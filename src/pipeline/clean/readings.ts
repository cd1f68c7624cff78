import { polyphonic } from 'pinyin-pro';
import { gbk } from './gbkTable';
import { once } from './once';
import { simplifyChar } from './simplifyChar';

/** Letters a pinyin reading is written with, tone marks included. */
export const READING_LETTERS = 'a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜüńňǹḿ';

const HAN = /\p{Script=Han}/u;

/** Readings of characters, looked up once per character for the life of the instance (one document). */
export interface Readings {
  /** Lists every reading of a character with tone marks, e.g. 區 → qū, ōu. */
  of(char: string): readonly string[];
  /** Tells whether `reading` is one of the readings of `char`. */
  isReadingOf(char: string, reading: string): boolean;
  /**
   * Tells whether the annotator would have glossed `char` with `reading`: it is one of its readings and the
   * character changes under simplification (all 2,442 readings in the corpus sit on such characters).
   */
  isGlossed(char: string, reading: string): boolean;
}

/** Creates a readings lookup that remembers each character it has been asked about. */
export function createReadings(): Readings {
  const known = new Map<string, readonly string[]>();
  const of = (char: string) => known.get(char) ?? remember(known, char, lookUp(char));
  return {
    of,
    isReadingOf: (char, reading) => of(char).includes(reading),
    isGlossed: (char, reading) => glossable().get(reading)?.has(char) ?? false,
  };
}

/** The GBK characters the annotator could have glossed, by reading: those that change under simplification. */
const glossable = once((): ReadonlyMap<string, ReadonlySet<string>> => {
  const byReading = new Map<string, Set<string>>();
  for (let code = 0x8140; code <= 0xfefe; code++) {
    const char = gbk().decode(code >> 8, code & 0xff);
    if (char === undefined || simplifyChar(char) === char) continue;
    for (const reading of lookUp(char))
      (byReading.get(reading) ?? byReading.set(reading, new Set()).get(reading)!).add(char);
  }
  return byReading;
});

function lookUp(char: string): readonly string[] {
  if (!HAN.test(char)) return [];
  return polyphonic(char, { type: 'array' })[0] ?? [];
}

function remember(known: Map<string, readonly string[]>, char: string, readings: readonly string[]): readonly string[] {
  known.set(char, readings);
  return readings;
}
