import * as OpenCC from 'opencc-js/t2cn';

// Taiwan-standard → mainland characters. Not 'twp', which would also rewrite vocabulary.
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Converts traditional characters to simplified, character for character (length is preserved). */
export function toSimplified(text: string): string {
  return convert(text);
}
