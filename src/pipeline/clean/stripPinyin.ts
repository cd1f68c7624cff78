import type { LineEdit, LineState } from './lineEdits';
import { READING_LETTERS, type Readings } from './readings';

const ANNOTATION = new RegExp(`\\(([${READING_LETTERS}]+)\\)`, 'g');
const TONE_MARK = /[àáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜńňǹḿ]/;

/**
 * Proposes removing each `(reading)` that is a reading of the character before it: 規(guī) → 規.
 * Parentheses whose content is not such a reading — (BEE), (B型), (儀器) — are left alone.
 */
export function findPinyinEdits(state: LineState, readings: Readings): LineEdit[] {
  const edits: LineEdit[] = [];
  if (!state.text.includes('(')) return edits;
  for (const m of state.text.matchAll(ANNOTATION)) {
    const reading = m[1] as string;
    const host = state.text[m.index - 1] ?? '';
    if (readings.isReadingOf(host, reading)) edits.push(removal(host, m.index, m[0]));
    else if (TONE_MARK.test(reading)) state.findings.push(unmatched(state.line, host, m[0]));
  }
  return edits;
}

function removal(host: string, index: number, annotation: string): LineEdit {
  return {
    start: index,
    end: index + annotation.length,
    replacement: '',
    repair: {
      kind: 'pinyin',
      raw: host + annotation,
      status: 'exact',
      candidates: [],
      rule: 'pinyin-annotation',
      readingsRemoved: 1,
      resultStart: -host.length,
      resultEnd: 0,
    },
  };
}

function unmatched(line: number, host: string, annotation: string) {
  return {
    stage: 'clean' as const,
    rule: 'pinyin-unmatched',
    severity: 'info' as const,
    line,
    message: `kept ${annotation} after ${host}: not one of its readings`,
  };
}
