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
  if (edits.length === 0) return state;
  const sorted = edits.length > 1 ? [...edits].sort((a, b) => a.start - b.start) : edits;
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  let cursor = 0;
  for (const edit of sorted) {
    const kept = state.text.slice(cursor, edit.start);
    starts.push(length + kept.length);
    parts.push(kept, edit.replacement);
    length += kept.length + edit.replacement.length;
    cursor = edit.end;
  }
  parts.push(state.text.slice(cursor));
  const text = parts.join('');
  const moved = state.repairs.map((r) => ({ ...r, start: shifted(sorted, r.start), end: shifted(sorted, r.end) }));
  const placed = sorted.map((e, i) => placeRepair(e.repair, starts[i]!, text));
  const repairs = moved.length === 0 ? placed : [...moved, ...placed].sort((a, b) => a.start - b.start);
  return { line: state.line, text, repairs, findings: state.findings };
}

function placeRepair(r: LineEdit['repair'], at: number, text: string): LineRepair {
  const start = at + r.resultStart;
  const end = at + r.resultEnd;
  return {
    kind: r.kind,
    start,
    end,
    raw: r.raw,
    result: text.slice(start, end),
    status: r.status,
    candidates: r.candidates,
    rule: r.rule,
    readingsRemoved: r.readingsRemoved,
  };
}

function shifted(edits: LineEdit[], offset: number): number {
  return edits.reduce((at, e) => (e.end <= offset ? at + e.replacement.length - (e.end - e.start) : at), offset);
}
