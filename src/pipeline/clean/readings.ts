import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../../search/toSimplified';

/** Letters a pinyin reading is written with, tone marks included. */
export const READING_LETTERS = 'a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜüńňǹḿ';

/** Lists every reading of a character with tone marks, e.g. 區 → qū, ōu. */
export function readingsOf(char: string): string[] {
  if (!/\p{Script=Han}/u.test(char)) return [];
  return pinyin(char, { multiple: true, type: 'array' });
}

/** Tells whether `reading` is one of the readings of `char`. */
export function isReadingOf(char: string, reading: string): boolean {
  return readingsOf(char).includes(reading);
}

/**
 * Tells whether the annotator would have glossed `char` with `reading`: it is one of its readings and the
 * character changes under simplification (all 2,442 readings in the corpus sit on such characters).
 */
export function isGlossed(char: string, reading: string): boolean {
  return isReadingOf(char, reading) && toSimplified(char) !== char;
}
