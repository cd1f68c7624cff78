import { gbk } from './gbkTable';
import { READING_LETTERS } from './readings';

/** One character of a mis-aligned run, as the GBK bytes the decoder paired up. */
export type RunToken =
  | { kind: 'pair'; text: string; bytes: [number, number] }
  /** A "?" inside the run: a full-width ？ or a user-defined (private-use) code the decoder could not show. */
  | { kind: 'unknown'; text: string };

/** How a mis-aligned run stops. */
export type RunEnd =
  /** A "?" where the decoder met a trail byte followed by an ASCII byte and swallowed both. */
  | { kind: 'lost'; reading: string | null; swallowed: '&' | '(' | null }
  /** An ASCII character that is really the trail byte of the last character. */
  | { kind: 'trail'; byte: number }
  /** The line ends (or a byte that cannot be a trail) before the run resynchronises. */
  | { kind: 'open' };

/** A span of byte-shift mojibake: a lost lead byte ("?"), an optional inserted reading, then a mis-aligned run. */
export interface DamagedSpan {
  start: number;
  end: number;
  /** The last byte of the character before the "?", which the inserted reading was read together with. */
  prevByte: number | undefined;
  reading: string | null;
  tokens: RunToken[];
  ending: RunEnd;
}

const READING = new RegExp(`^([${READING_LETTERS}]+)\\)`);
const ENTITY_NAME = /^(?:ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|nbsp);/;
const FOLDED_PUNCTUATION = new Set([',', ';', ':', '!']);
const FULLWIDTH_LEAD = 0xa3;

/** Finds every span in a line that starts at a "?" and is followed by a mis-aligned run or a reading. */
export function findDamagedSpans(line: string): DamagedSpan[] {
  const spans: DamagedSpan[] = [];
  for (let i = line.indexOf('?'); i >= 0; i = line.indexOf('?', Math.max(i + 1, spans.at(-1)?.end ?? 0))) {
    const span = readSpan(line, i);
    if (span.tokens.length > 0 || span.reading !== null) spans.push(span);
  }
  return spans;
}

function readSpan(line: string, start: number): DamagedSpan {
  const before = gbk().encode(line[start - 1] ?? '');
  const reading = READING.exec(line.slice(start + 1));
  let at = start + 1 + (reading?.[0].length ?? 0);
  const tokens: RunToken[] = [];
  for (let token = readToken(line, at); token; token = readToken(line, at)) {
    tokens.push(token);
    at++;
  }
  const { ending, length } = readEnding(line, at);
  return {
    start,
    end: at + length,
    prevByte: before?.length === 2 ? before[1] : undefined,
    reading: reading?.[1] ?? null,
    tokens,
    ending,
  };
}

function readToken(line: string, at: number): RunToken | undefined {
  const char = line[at] ?? '';
  const next = line[at + 1] ?? '';
  const bytes = gbk().encode(char);
  if (bytes?.length === 2) return { kind: 'pair', text: char, bytes: [bytes[0]!, bytes[1]!] };
  if (!continuesRun(next)) return undefined;
  if (char === '?') return { kind: 'unknown', text: char };
  if (FOLDED_PUNCTUATION.has(char))
    return { kind: 'pair', text: char, bytes: [FULLWIDTH_LEAD, char.charCodeAt(0) + 0x80] };
  return undefined;
}

function continuesRun(next: string): boolean {
  return next === '?' || gbk().encode(next)?.length === 2 || FOLDED_PUNCTUATION.has(next);
}

function readEnding(line: string, at: number): { ending: RunEnd; length: number } {
  const char = line[at];
  if (char === undefined) return { ending: { kind: 'open' }, length: 0 };
  if (char === '?') return readLostEnding(line.slice(at + 1));
  const code = char.charCodeAt(0);
  if (code >= 0x40 && code < 0x7f) return { ending: { kind: 'trail', byte: code }, length: 1 };
  return { ending: { kind: 'open' }, length: 0 };
}

function readLostEnding(rest: string): { ending: RunEnd; length: number } {
  const reading = READING.exec(rest);
  if (reading) return { ending: { kind: 'lost', reading: reading[1]!, swallowed: '(' }, length: 1 + reading[0].length };
  return { ending: { kind: 'lost', reading: null, swallowed: ENTITY_NAME.test(rest) ? '&' : null }, length: 1 };
}
