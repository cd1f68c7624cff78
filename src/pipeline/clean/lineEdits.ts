import type { Finding, RepairKind, RepairStatus } from '../types';

/** A repair placed within one line of the clean text (offsets into that line). */
export interface LineRepair {
  kind: RepairKind;
  start: number;
  end: number;
  raw: string;
  result: string;
  status: RepairStatus;
  candidates: string[];
  rule: string;
  /** Pinyin readings the repair removed. */
  readingsRemoved: number;
}

/** A replacement of line[start, end) that a stage proposes, with the repair it records. */
export interface LineEdit {
  start: number;
  end: number;
  replacement: string;
  /** Where the repaired span lies, relative to the edit's start in the new text (it may begin before it). */
  repair: Omit<LineRepair, 'start' | 'end' | 'result'> & { resultStart: number; resultEnd: number };
}

/** One line on its way through the cleaning stages. */
export interface LineState {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
  repairs: LineRepair[];
  findings: Finding[];
}

/**
 * Applies non-overlapping edits to a line and moves earlier repairs to their new places.
 */
export function applyEdits(state: LineState, edits: LineEdit[]): LineState {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  let cursor = 0;
  const added: LineRepair[] = [];
  for (const edit of sorted) {
    text += state.text.slice(cursor, edit.start);
    const { resultStart, resultEnd, ...rest } = edit.repair;
    added.push({ ...rest, start: text.length + resultStart, end: text.length + resultEnd, result: '' });
    text += edit.replacement;
    cursor = edit.end;
  }
  text += state.text.slice(cursor);
  const moved = state.repairs.map((r) => ({ ...r, start: shifted(sorted, r.start), end: shifted(sorted, r.end) }));
  const placed = added.map((r) => ({ ...r, result: text.slice(r.start, r.end) }));
  return { ...state, text, repairs: [...moved, ...placed].sort((a, b) => a.start - b.start) };
}

function shifted(edits: LineEdit[], offset: number): number {
  return edits.reduce((at, e) => (e.end <= offset ? at + e.replacement.length - (e.end - e.start) : at), offset);
}
