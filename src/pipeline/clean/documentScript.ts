import { looksDamaged } from './cleanLine';
import { gbk } from './gbkTable';
import { once } from './once';
import { simplifyChar } from './simplifyChar';
import simplifiedOnlyChars from './simplifiedOnlyChars.json';

/** Marks, by UTF-16 code, the characters a simplified→traditional converter always rewrites. */
const simplifiedOnly = once((): Uint8Array => marks(simplifiedOnlyChars.chars));
/** Marks, by UTF-16 code, the GBK characters that change under simplification. */
const traditionalOnly = once((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x8140; code <= 0xfefe; code++) {
    const char = gbk().decode(code >> 8, code & 0xff);
    if (char?.length === 1 && simplifyChar(char) !== char) table[char.charCodeAt(0)] = 1;
  }
  return table;
});

// As detectScript: a text is traditional when more than one Han character in twenty (of the unified block) changes under simplification.
const TRADITIONAL_SHARE = 0.05;
// The script is the document's throughout: its first few thousand Han characters tell it.
const SAMPLE = 4000;

/** Tells whether a text is written in traditional script, before any conversion (see detectScript). */
export function looksTraditional(text: string): boolean {
  const changes = traditionalOnly();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length && han < SAMPLE; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    changed += changes[code]!;
  }
  return changed > han * TRADITIONAL_SHARE;
}

/**
 * Creates the test of which characters a recovered span may hold in a document: in a traditional one, no
 * character that a simplified→traditional converter always rewrites (责, 护, 为), unless the document itself
 * uses it on an undamaged line; in a simplified one, any.
 */
export function createScriptFilter(text: string): (char: string) => boolean {
  if (!looksTraditional(text)) return () => true;
  const ruledOut = simplifiedOnly().slice();
  for (const line of text.split('\n')) {
    if (looksDamaged(line)) continue;
    for (let i = 0; i < line.length; i++) ruledOut[line.charCodeAt(i)] = 0;
  }
  return (char) => ruledOut[char.charCodeAt(0)] === 0;
}

function marks(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
