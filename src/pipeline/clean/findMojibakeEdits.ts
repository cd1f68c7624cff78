import type { Finding } from '../types';
import { type DamagedSpan, findDamagedSpans } from './findDamagedSpans';
import type { LineEdit, LineState } from './lineEdits';
import { READING_LETTERS } from './readings';
import { type Recovery, recoverSpan, type SpanContext, type SpanTools } from './recoverSpan';

const READINGS = new RegExp(`\\([${READING_LETTERS}]+\\)`, 'g');
// Characters either side that a word split of a recovered span sees, and how far to look for them past readings.
const CONTEXT_CHARS = 3;
const CONTEXT_REACH = 24;
// A span without a clear trigger is touched only when the recovery reads far better than the text as it stands.
const UNCLEAR_MARGIN = 10;

/** Proposes one edit per byte-shift span in the line, recording guessed and unrepaired spans as findings. */
export function findMojibakeEdits(state: LineState, tools: SpanTools): LineEdit[] {
  if (!state.text.includes('?')) return [];
  return findDamagedSpans(state.text).flatMap((span) => {
    if (neverResynchronises(span)) return [];
    const recovery = recoverSpan(span, spanContext(state.text, span), tools);
    const clear = hasClearTrigger(span);
    if (!clear && !(recovery.status !== 'unrepaired' && recovery.score > recovery.rawScore + UNCLEAR_MARGIN)) return [];
    const raw = state.text.slice(span.start, span.end);
    if (recovery.status !== 'exact') state.findings.push(finding(state.line, raw, recovery));
    return [edit(span, raw, recovery)];
  });
}

/**
 * The clean text around a span, looking past readings that annotate it (規(guī)?… → 規, …I(yè)成 → 成)
 * and reading an entity remnant as the mark it stands for.
 */
function spanContext(text: string, span: DamagedSpan): SpanContext {
  const head = [...text.slice(Math.max(0, span.start - CONTEXT_REACH), span.start).replace(READINGS, '')];
  const tail = text.slice(span.end, span.end + CONTEXT_REACH).replace(READINGS, '');
  const entity = /^&?([lr])(d|s)quo;/.exec(tail);
  const after = entity ? QUOTES[entity[1]! + entity[2]!] : tail[0];
  return {
    before: head.at(-1),
    after,
    left: head.slice(-CONTEXT_CHARS).join(''),
    right: entity ? after! : [...tail].slice(0, CONTEXT_CHARS).join(''),
  };
}

const QUOTES: Record<string, string> = { ld: '“', rd: '”', ls: '‘', rs: '’' };

/**
 * Tells whether a run after a plain "?" goes on to a byte that cannot be a trail (辦”?答:即…”(見) or to the end
 * of the line: a shifted run ends where an ASCII byte resynchronises it, so this "?" is a real question mark.
 */
function neverResynchronises(span: DamagedSpan): boolean {
  return span.ending.kind === 'open' && span.reading === null;
}

/** A reading after the "?", a swallowed "&" or "(", or a "?" or folded punctuation inside the run. */
function hasClearTrigger(span: DamagedSpan): boolean {
  const swallowed = span.ending.kind === 'lost' && span.ending.swallowed !== null;
  return span.reading !== null || swallowed || span.tokens.some((t) => t.kind === 'unknown' || /^[!-~]$/.test(t.text));
}

function edit(span: DamagedSpan, raw: string, recovery: Recovery): LineEdit {
  const replacement = recovery.status === 'unrepaired' ? raw : recovery.text;
  const readingsRemoved = [span.reading, span.ending.kind === 'lost' ? span.ending.reading : null].filter(
    (r) => r !== null,
  ).length;
  return {
    start: span.start,
    end: span.end,
    replacement,
    repair: {
      kind: 'mojibake',
      raw,
      status: recovery.status,
      candidates: recovery.candidates,
      rule: 'gbk-byte-shift',
      readingsRemoved: recovery.status === 'unrepaired' ? 0 : readingsRemoved,
      resultStart: 0,
      resultEnd: replacement.length,
    },
  };
}

function finding(line: number, raw: string, recovery: Recovery): Finding {
  const unrepaired = recovery.status === 'unrepaired';
  return {
    stage: 'clean',
    line,
    rule: unrepaired ? 'mojibake-unrepaired' : 'mojibake-guessed',
    severity: unrepaired ? 'error' : 'warning',
    message: unrepaired
      ? `could not recover ${raw}`
      : `recovered ${raw} as ${recovery.text} (weighed ${recovery.candidates.join(' / ')})`,
  };
}
