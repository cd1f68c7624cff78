import { looksDamaged } from './cleanLine';
import { once } from './once';
import { simplifyChar } from './simplifyChar';
import simplifiedOnlyChars from './simplifiedOnlyChars.json';

const simplifiedOnly = once(() => new Set(simplifiedOnlyChars.chars));
// As detectScript: a text is traditional when more than one Han character in twenty (of the unified block) changes under simplification.
const TRADITIONAL_SHARE = 0.05;
// The script is the document's throughout: its first few thousand Han characters tell it.
const SAMPLE = 4000;

/** Tells whether a text is written in traditional script, before any conversion (see detectScript). */
export function looksTraditional(text: string): boolean {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length && han < SAMPLE; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    const c = text[i]!;
    if (simplifyChar(c) !== c) changed++;
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
  const own = once(() => new Set(text.split('\n').filter((line) => !looksDamaged(line)).join('')));
  return (char) => !simplifiedOnly().has(char) || own().has(char);
}
