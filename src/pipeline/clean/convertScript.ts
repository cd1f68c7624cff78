import { toSimplified } from '../../search/toSimplified';
import type { Finding } from '../types';

/**
 * Converts a line to simplified script keeping its length, so offsets hold in both scripts. Should the
 * converter ever change a line's length, the line is converted character by character and any character
 * whose conversion changes length is kept as it is.
 */
export function convertLine(line: string, lineNumber: number, findings: Finding[]): string {
  const converted = toSimplified(line);
  if (converted.length === line.length) return converted;
  findings.push({ stage: 'clean', rule: 'script-length', severity: 'warning', line: lineNumber, message: 'conversion changed the line length; converted per character' });
  return [...line].map((c) => {
    const s = toSimplified(c);
    return s.length === c.length ? s : c;
  }).join('');
}

/** Tells whether a text is written in traditional script: enough of its Han characters change under conversion. */
export function detectScript(original: string, simplified: string): 'traditional' | 'simplified' {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    if (!/\p{Script=Han}/u.test(original[i]!)) continue;
    han++;
    if (original[i] !== simplified[i]) changed++;
  }
  return changed > han * 0.05 ? 'traditional' : 'simplified';
}
