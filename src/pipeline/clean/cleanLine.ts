import { findEntityEdits } from './fixEntities';
import { hasPrivateUse, isPrivateUse } from './gbkTable';
import { applyEdits, type LineEdit, type LineState } from './lineEdits';
import { findMojibakeEdits } from './findMojibakeEdits';
import { createReadings, type Readings } from './readings';
import type { SpanTools } from './recoverSpan';
import { findPinyinEdits } from './stripPinyin';

/** What cleaning a line consults: the tools for recovering spans, built only when a line has one. */
export type LineCleaner = SpanTools;

/**
 * Cleans one line in the source script: byte-shift spans first (they contain readings and entity remnants), then
 * entities, then readings.
 */
export function cleanLine(state: LineState, cleaner: LineCleaner): LineState {
  const repaired = applyEdits(state, findMojibakeEdits(state, cleaner));
  const leftovers = applyEdits(repaired, findLeftoverEdits(repaired));
  const entities = applyEdits(leftovers, findEntityEdits(leftovers));
  return applyEdits(entities, findPinyinEdits(entities, cleaner.readings));
}

/** Cleans a line without a model, skipping byte-shift repair: for lines known to be undamaged. */
export function cleanUndamagedLine(text: string, readings: Readings = createReadings()): string {
  const state: LineState = { line: 0, text, repairs: [], findings: [] };
  const entities = applyEdits(state, findEntityEdits(state));
  return applyEdits(entities, findPinyinEdits(entities, readings)).text;
}

/** Tells whether a line shows a sign of byte-shift damage: a "?" or a private-use character. */
export function looksDamaged(text: string): boolean {
  return text.includes('?') || hasPrivateUse(text);
}

const LONE_LATIN = /(?<=\p{Script=Han})[A-Za-z](?=\p{Script=Han})/gu;

/** Records private-use characters left outside repaired spans as unrepaired, and notes lone Latin letters between Han characters. */
function findLeftoverEdits(state: LineState): LineEdit[] {
  const inRepair = (i: number) => state.repairs.some((r) => i >= r.start && i < r.end);
  if (/[A-Za-z]/.test(state.text)) {
    for (const m of state.text.matchAll(LONE_LATIN)) {
      if (!inRepair(m.index))
        state.findings.push({
          stage: 'clean',
          rule: 'lone-latin-letter',
          severity: 'info',
          line: state.line,
          message: `kept the letter in ${state.text.slice(m.index - 1, m.index + 2)}`,
        });
    }
  }
  if (!hasPrivateUse(state.text)) return [];
  return [...state.text].flatMap((c, i) => (isPrivateUse(c) && !inRepair(i) ? [privateUseEdit(state, c, i)] : []));
}

function privateUseEdit(state: LineState, char: string, index: number): LineEdit {
  state.findings.push({
    stage: 'clean',
    rule: 'mojibake-unrepaired',
    severity: 'error',
    line: state.line,
    message: `private-use character U+${char.charCodeAt(0).toString(16).toUpperCase()} left as it is`,
  });
  return {
    start: index,
    end: index + 1,
    replacement: char,
    repair: {
      kind: 'mojibake',
      raw: char,
      status: 'unrepaired',
      candidates: [],
      rule: 'private-use',
      readingsRemoved: 0,
      resultStart: 0,
      resultEnd: 1,
    },
  };
}
