import { toSimplified } from '../../search/toSimplified';
import { foldFullwidth } from './foldFullwidth';
import { gbk } from './gbkTable';
import { once } from './once';

/** The simplified, full-width-folded form of every GBK character, converted in one pass on first use. */
const simplifiedGbkChars = once((): ReadonlyMap<string, string> => {
  const chars: string[] = [];
  for (let code = 0x8140; code <= 0xfefe; code++) {
    const char = gbk().decode(code >> 8, code & 0xff);
    if (char !== undefined) chars.push(char);
  }
  // Separate characters by newlines so the converter's phrase tables see each character on its own.
  const converted = toSimplified(chars.join('\n')).split('\n');
  const same = converted.length === chars.length;
  return new Map(chars.map((c, i) => [c, foldFullwidth(same ? converted[i]! : toSimplified(c))]));
});

/** Returns a character in simplified script with full-width forms folded, as the language model counts it. */
export function simplifyChar(char: string): string {
  return simplifiedGbkChars().get(char) ?? foldFullwidth(toSimplified(char));
}
