import { toSimplified } from '../../search/toSimplified';
import type { Finding } from '../types';
import convertibleChars from './convertibleChars.json';
import { once } from './once';

// The converter changes text only at these characters (see listConvertibleChars), so a line without one is kept as it is.
const convertible = once(() => new RegExp(`[${convertibleChars.chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'u'));

/**
 * Converts a text to simplified script, keeping every line's length so offsets hold in both scripts: the
 * lines holding a character the converter may change go through it in one pass; a line whose length the
 * converter changed is converted again on its own (see convertLine).
 */
export function convertText(text: string, findings: Finding[]): string {
  const source = text.split('\n');
  const changing = source.flatMap((line, i) => (convertible().test(line) ? [i] : []));
  if (changing.length === 0) return text;
  const converted = toSimplified(changing.map((i) => source[i]!).join('\n')).split('\n');
  if (converted.length !== changing.length) return source.map((l, i) => convertLine(l, i + 1, findings)).join('\n');
  const result = [...source];
  changing.forEach(
    (i, k) =>
      (result[i] =
        converted[k]!.length === source[i]!.length ? converted[k]! : convertLine(source[i]!, i + 1, findings)),
  );
  return result.join('\n');
}

/**
 * Converts a line to simplified script keeping its length, so offsets hold in both scripts. Should the
 * converter ever change a line's length, the line is converted character by character and any character
 * whose conversion changes length is kept as it is.
 */
export function convertLine(line: string, lineNumber: number, findings: Finding[]): string {
  const converted = toSimplified(line);
  if (converted.length === line.length) return converted;
  findings.push({
    stage: 'clean',
    rule: 'script-length',
    severity: 'warning',
    line: lineNumber,
    message: 'conversion changed the line length; converted per character',
  });
  return [...line]
    .map((c) => {
      const s = toSimplified(c);
      return s.length === c.length ? s : c;
    })
    .join('');
}

const HAN = /\p{Script=Han}/u;
const NOT_HAN = /\P{Script=Han}/gu;

/** Tells whether a text is written in traditional script: enough of its Han characters change under conversion. */
export function detectScript(original: string, simplified: string): 'traditional' | 'simplified' {
  const han = original.replace(NOT_HAN, '').length;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code !== simplified.charCodeAt(i) && ((code >= 0x4e00 && code <= 0x9fff) || HAN.test(original[i]!))) changed++;
  }
  return changed > han * 0.05 ? 'traditional' : 'simplified';
}
