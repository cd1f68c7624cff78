import type { Finding } from '../types';
import { type DamagedSpan, findDamagedSpans } from './findDamagedSpans';
import type { LineEdit, LineState } from './lineEdits';
import { READING_LETTERS } from './readings';
import { type Recovery, recoverSpan, type SpanTools } from './recoverSpan';

const TRAILING_READING = new RegExp(`\\([${READING_LETTERS}]+\\)$`);
// A span without a clear trigger is touched only when the recovery reads far better than the text as it stands.
const UNCLEAR_MARGIN = 10;

/** Proposes one edit per byte-shift span in the line, recording guessed and unrepaired spans as findings. */
export function findMojibakeEdits(state: LineState, tools: SpanTools): LineEdit[] {
  if (!state.text.includes('?')) return [];
  return findDamagedSpans(state.text).flatMap((span) => {
    const recovery = recoverSpan(span, charBefore(state.text, span.start), charAfter(state.text, span.end), tools);
    const clear = hasClearTrigger(span);
    if (!clear && !(recovery.status !== 'unrepaired' && recovery.score > recovery.rawScore + UNCLEAR_MARGIN)) return [];
    const raw = state.text.slice(span.start, span.end);
    if (recovery.status !== 'exact') state.findings.push(finding(state.line, raw, recovery));
    return [edit(span, raw, recovery)];
  });
}

/** The character before a span, looking past a reading that annotates it: 規(guī)?… → 規. */
function charBefore(text: string, start: number): string | undefined {
  const head = text.slice(0, start).replace(TRAILING_READING, '');
  return head.at(-1);
}

/** The character after a span, reading an entity remnant as the mark it stands for. */
function charAfter(text: string, end: number): string | undefined {
  const entity = /^&?([lr])(d|s)quo;/.exec(text.slice(end));
  if (entity) return QUOTES[entity[1]! + entity[2]!];
  return text[end];
}

const QUOTES: Record<string, string> = { ld: '“', rd: '”', ls: '‘', rs: '’' };

/** A reading after the "?", a swallowed "&" or "(", or a "?" or folded punctuation inside the run. */
function hasClearTrigger(span: DamagedSpan): boolean {
  const swallowed = span.ending.kind === 'lost' && span.ending.swallowed !== null;
  return span.reading !== null || swallowed || span.tokens.some((t) => t.kind === 'unknown' || /^[!-~]$/.test(t.text));
}

function edit(span: DamagedSpan, raw: string, recovery: Recovery): LineEdit {
  const replacement = recovery.status === 'unrepaired' ? raw : recovery.text;
  const readingsRemoved = [span.reading, span.ending.kind === 'lost' ? span.ending.reading : null].filter((r) => r !== null).length;
  return {
    start: span.start,
    end: span.end,
    replacement,
    repair: {
      kind: 'mojibake', raw, status: recovery.status, candidates: recovery.candidates, rule: 'gbk-byte-shift',
      readingsRemoved: recovery.status === 'unrepaired' ? 0 : readingsRemoved, resultStart: 0, resultEnd: replacement.length,
    },
  };
}

function finding(line: number, raw: string, recovery: Recovery): Finding {
  const unrepaired = recovery.status === 'unrepaired';
  return {
    stage: 'clean', line, rule: unrepaired ? 'mojibake-unrepaired' : 'mojibake-guessed', severity: unrepaired ? 'error' : 'warning',
    message: unrepaired ? `could not recover ${raw}` : `recovered ${raw} as ${recovery.text} (weighed ${recovery.candidates.join(' / ')})`,
  };
}
