import type { RepairStatus } from '../types';
import type { DamagedSpan, RunToken } from './findDamagedSpans';
import { foldFullwidth } from './foldFullwidth';
import { byteRange, gbk, USER_DEFINED_BLOCKS } from './gbkTable';
import { type LanguageModel, NO_CHAR } from './languageModel';
import { byteSlot, type CandidateLister, type GbkIndex, sharedSlot, type Slot } from './listCandidates';
import type { Readings } from './readings';
import {
  type SearchLimits,
  type SpanEnds,
  searchReadings,
  type SpanReading,
  type SpanStream,
  type TokenChoice,
} from './searchReadings';
import { simplifyChar } from './simplifyChar';
import type { WordModel } from './wordModel';

/** What the recovery of one damaged span produced. */
export interface Recovery {
  status: RepairStatus;
  /** The recovered characters (original script, full-width forms folded to ASCII as in the rest of the text). */
  text: string;
  /** Alternatives weighed, best first. */
  candidates: string[];
  score: number;
  /** Score of the span as it stands, for deciding whether to touch an unclear span at all. */
  rawScore: number;
}

/** What recovering a span consults: the models, the index of GBK characters, and the document's readings and candidate lister. */
export interface SpanTools {
  model: LanguageModel;
  words: WordModel;
  index: GbkIndex;
  readings: Readings;
  /** Lists the characters a pair may decode to in this document (its script rules some out). */
  list: CandidateLister;
}

/** The clean text around a span: the characters next to it, and a few more for splitting into words. */
export interface SpanContext {
  before: string | undefined;
  after: string | undefined;
  left: string;
  right: string;
}

const LEADS = byteRange(0x81, 0xfe);
// A byte the decoder swallowed together with the ASCII byte after it was read as a lead byte, so it is not ASCII.
const SWALLOWED_TRAILS = byteRange(0x81, 0xfe);
const FULLWIDTH_QUESTION: TokenChoice = { lead: byteSlot(0xa3), trail: byteSlot(0xbf), guessed: false };
const UNKNOWN_CHOICES: TokenChoice[] = [
  FULLWIDTH_QUESTION,
  ...USER_DEFINED_BLOCKS.map((b) => ({ lead: b.leads, trail: b.trails, guessed: true })),
];
// A user-defined code the decoder dropped without trace: about one mis-aligned pair in seven lands in
// GBK's user-defined rows, so each assumed drop (or "?" read as such a code) costs log(7); the extra
// character pays its own probability under both models. Two drops may sit side by side (規模化基金: 化 and
// 基 each end in a dropped code's lead byte). Crediting each character what it costs on average, so that
// longer readings are not penalised for their length, was tried and let common words with no support in
// the bytes win (出海化石” over 出海化”). The word split steers the beam, so a few paths for each number of
// assumed codes suffice: the corpus's readings are the same from 4 to 16.
const LIMITS: SearchLimits = { maxHidden: 3, maxHiddenPerGap: 2, hiddenPenalty: 2, beam: 6 };
const MAX_CANDIDATES = 5;

/**
 * Recovers the characters of a byte-shift span: rebuilds the GBK byte stream (lost bytes as sets of
 * possibilities, constrained by the inserted reading; dropped user-defined codes as whole GBK blocks),
 * decodes it one byte earlier, and keeps the reading that the character model and the best split into
 * common words together like best.
 */
export function recoverSpan(span: DamagedSpan, context: SpanContext, tools: SpanTools): Recovery {
  const ends = spanEnds(context, tools);
  const base = tools.words.splitScore(plain(context.left) + plain(context.right));
  const raw = rawText(span);
  const rawScore =
    sequenceScore(raw, ends.before, ends.after ?? NO_CHAR, tools.model) +
    tools.words.splitScore(plain(context.left + raw + context.right)) -
    base;
  const unrepaired = { status: 'unrepaired' as const, text: raw, candidates: [], score: -Infinity, rawScore };
  const end = endSlot(span);
  if (!end) return unrepaired;
  const found = spanReadings(span, end, ends, tools);
  const top = found[0];
  if (!top) return unrepaired;
  const exact = top.forced && top.hidden === 0;
  const texts = [top.text, ...alternatives(top), ...found.slice(1).map((r) => r.text)];
  const candidates = [...new Set(texts.map(foldFullwidth))].slice(0, MAX_CANDIDATES);
  return {
    status: exact ? 'exact' : 'guessed',
    text: foldFullwidth(top.text),
    candidates: exact ? [] : candidates,
    score: top.score - base,
    rawScore,
  };
}

/** Every reading the search kept for a span, best first. */
export function spanReadings(span: DamagedSpan, end: Slot, ends: SpanEnds, tools: SpanTools): SpanReading[] {
  return searchReadings(stream(span, leadSlot(span, tools), end), ends, tools, LIMITS);
}

function spanEnds(context: SpanContext, { model, words }: SpanTools): SpanEnds {
  return {
    before: context.before === undefined ? NO_CHAR : model.idOf(context.before),
    after: context.after === undefined ? undefined : model.idOf(context.after),
    left: [...plain(context.left)].reduce(words.step, words.start),
    right: plain(context.right),
  };
}

function plain(text: string): string {
  return [...text].map(simplifyChar).join('');
}

function rawText(span: DamagedSpan): string {
  const trail = span.ending.kind === 'trail' ? String.fromCharCode(span.ending.byte) : '';
  return span.tokens.map((t) => t.text).join('') + trail;
}

function sequenceScore(text: string, before: number, after: number, model: LanguageModel): number {
  let prev = before;
  let sum = 0;
  for (const c of text) {
    const id = model.idOf(c);
    sum += model.score(prev, id);
    prev = id;
  }
  return after === NO_CHAR ? sum : sum + model.score(prev, after);
}

/** Swaps one character of the best text for its runner-up, position by position. */
function alternatives(best: SpanReading): string[] {
  const chars = [...best.text];
  return best.positions.flatMap((p, i) =>
    p.candidates
      .filter((c) => c.char !== chars[i])
      .slice(0, 1)
      .map((c) => chars.with(i, c.char).join('')),
  );
}

/** The last byte of the stream: the ASCII trail byte, or any non-ASCII trail byte where the decoder swallowed one. */
function endSlot(span: DamagedSpan): Slot | undefined {
  if (span.ending.kind === 'trail') return byteSlot(span.ending.byte);
  return span.ending.kind === 'lost' ? SWALLOWED_TRAILS : undefined;
}

function leadSlot(span: DamagedSpan, { readings, index }: SpanTools): Slot {
  const { reading, prevByte } = span;
  if (reading === null || prevByte === undefined) return LEADS;
  const fitting = LEADS.filter((b) => readings.isGlossed(gbk().decode(prevByte, b) ?? '', reading));
  return fitting.length > 0 ? sharedSlot(fitting, index) : LEADS;
}

/** The span's byte stream: a "?" token is a full-width ？ or a user-defined code the decoder showed as "?". */
function stream(span: DamagedSpan, head: Slot, end: Slot): SpanStream {
  const tokens = span.tokens.map((token: RunToken): TokenChoice[] =>
    token.kind === 'pair'
      ? [{ lead: byteSlot(token.bytes[0]), trail: byteSlot(token.bytes[1]), guessed: false }]
      : UNKNOWN_CHOICES,
  );
  return { head, tokens, end, endReading: span.ending.kind === 'lost' ? span.ending.reading : null };
}
