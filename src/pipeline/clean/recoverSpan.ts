import type { RepairStatus } from '../types';
import type { DamagedSpan, RunToken } from './findDamagedSpans';
import { foldFullwidth } from './foldFullwidth';
import { byteRange, gbk, USER_DEFINED_BLOCKS } from './gbkTable';
import { type LanguageModel, NO_CHAR } from './languageModel';
import { createCandidateLister, type GbkIndex, type PairSlots, type Slot } from './listCandidates';
import type { Readings } from './readings';
import { type GapChoice, type SearchLimits, searchReadings, type SpanReading } from './searchReadings';

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

/** What recovering a span consults: the language model, its index of GBK characters, and the document's readings. */
export interface SpanTools {
  model: LanguageModel;
  index: GbkIndex;
  readings: Readings;
}

/** The rebuilt byte stream of a span with one reading of its "?" tokens. */
interface Stream {
  head: Slot;
  /** Lead and trail slot of each run token. */
  tokens: [Slot, Slot][];
  end: Slot;
  endReading: string | null;
  /** True when a "?" token was read as a user-defined code rather than a full-width ？. */
  guessedUnknown: boolean;
}

const LEADS = byteRange(0x81, 0xfe);
const TRAILS = byteRange(0x40, 0xfe).filter((b) => b !== 0x7f);
const FULLWIDTH_QUESTION: [Slot, Slot] = [[0xa3], [0xbf]];
// A user-defined code the decoder dropped without trace: about one mis-aligned pair in seven lands in
// GBK's user-defined rows, so each assumed drop costs log(7). The extra character pays its own probability.
// Two such drops may sit side by side (規模化基金: 化 and 基 each end in a dropped code's lead byte).
const LIMITS: SearchLimits = { maxHidden: 3, hiddenPenalty: 2, beam: 8 };
const MAX_HIDDEN_PER_GAP = 2;
const MAX_CANDIDATES = 5;

/**
 * Recovers the characters of a byte-shift span: rebuilds the GBK byte stream (lost bytes as sets of
 * possibilities, constrained by the inserted reading; dropped user-defined codes as whole GBK blocks),
 * decodes it one byte earlier, and keeps the reading the language model likes best.
 */
export function recoverSpan(span: DamagedSpan, before: string | undefined, after: string | undefined, { model, index, readings }: SpanTools): Recovery {
  const [beforeId, afterId] = [before, after].map((c) => (c === undefined ? NO_CHAR : model.idOf(c))) as [number, number];
  const rawScore = sequenceScore(rawText(span), beforeId, afterId, model);
  const end = endSlot(span);
  if (!end) return { status: 'unrepaired', text: rawText(span), candidates: [], score: -Infinity, rawScore };
  const found = spanReadings(span, end, beforeId, afterId, { model, index, readings });
  const top = found[0];
  if (!top) return { status: 'unrepaired', text: rawText(span), candidates: [], score: -Infinity, rawScore };
  const exact = top.forced && top.hidden === 0 && !top.guessedUnknown;
  const texts = [top.text, ...alternatives(top), ...found.slice(1).map((r) => r.text)];
  const candidates = [...new Set(texts.map(foldFullwidth))].slice(0, MAX_CANDIDATES);
  return { status: exact ? 'exact' : 'guessed', text: foldFullwidth(top.text), candidates: exact ? [] : candidates, score: top.score, rawScore };
}

/** Every reading the search kept for a span, best first, each marked when it read a "?" as a user-defined code. */
export function spanReadings(span: DamagedSpan, end: Slot, before: number, after: number, { model, index, readings }: SpanTools): (SpanReading & { guessedUnknown: boolean })[] {
  const list = createCandidateLister(index, readings);
  const head = leadSlot(span, readings);
  return streams(span, head, end).flatMap((stream) =>
    searchReadings(gaps(stream), before, after, model, list, LIMITS).map((r) => ({ ...r, guessedUnknown: stream.guessedUnknown })),
  ).sort((a, b) => b.score - a.score);
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
  return best.positions.flatMap((p, i) => p.candidates.filter((c) => c.char !== chars[i]).slice(0, 1).map((c) => chars.with(i, c.char).join('')));
}

/** The last byte of the stream: the ASCII trail byte, or any trail byte where the decoder swallowed one. */
function endSlot(span: DamagedSpan): Slot | undefined {
  if (span.ending.kind === 'trail') return [span.ending.byte];
  return span.ending.kind === 'lost' ? TRAILS : undefined;
}

function leadSlot(span: DamagedSpan, readings: Readings): Slot {
  const { reading, prevByte } = span;
  if (reading === null || prevByte === undefined) return LEADS;
  const fitting = LEADS.filter((b) => readings.isGlossed(gbk().decode(prevByte, b) ?? '', reading));
  return fitting.length > 0 ? fitting : LEADS;
}

/** One stream per reading of the "?" tokens: each is a full-width ？ or a user-defined code the decoder showed as "?". */
function streams(span: DamagedSpan, head: Slot, end: Slot): Stream[] {
  const endReading = span.ending.kind === 'lost' ? span.ending.reading : null;
  const fixed = new Map<number, Slot>();
  const slotOf = (b: number) => fixed.get(b) ?? fixed.set(b, [b]).get(b)!;
  return span.tokens.reduce<Stream[]>(
    (acc, token) => acc.flatMap((s) => tokenSlots(token, slotOf).map(([pair, guessed]) => ({ ...s, tokens: [...s.tokens, pair], guessedUnknown: s.guessedUnknown || guessed }))),
    [{ head, tokens: [], end, endReading, guessedUnknown: false }],
  );
}

function tokenSlots(token: RunToken, slotOf: (b: number) => Slot): [[Slot, Slot], boolean][] {
  if (token.kind === 'pair') return [[[slotOf(token.bytes[0]), slotOf(token.bytes[1])], false]];
  return [[FULLWIDTH_QUESTION, false], ...USER_DEFINED_BLOCKS.map((b): [[Slot, Slot], boolean] => [[b.leads, b.trails], true])];
}

/**
 * Cuts a stream into gaps between known bytes: before each run token and before the end. A gap reads as
 * one pair, or as up to MAX_HIDDEN_PER_GAP dropped user-defined codes with the pairs they shift into place.
 */
function gaps(stream: Stream): GapChoice[][] {
  const lefts = [stream.head, ...stream.tokens.map(([, trail]) => trail)];
  const rights = [...stream.tokens.map(([lead]) => lead), stream.end];
  return lefts.map((left, g) => gapChoices(left, rights[g]!, g === lefts.length - 1 ? stream.endReading : null));
}

function gapChoices(left: Slot, right: Slot, reading: string | null): GapChoice[] {
  const choices: GapChoice[] = [];
  const extend = (pairs: PairSlots[], lead: Slot, hidden: number): void => {
    choices.push({ pairs: [...pairs, { lead, trail: right, reading }], hidden });
    if (hidden === MAX_HIDDEN_PER_GAP) return;
    for (const block of USER_DEFINED_BLOCKS) extend([...pairs, { lead, trail: block.leads, reading: null }], block.trails, hidden + 1);
  };
  extend([], left, 0);
  return choices;
}
