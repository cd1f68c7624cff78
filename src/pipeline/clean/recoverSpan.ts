import type { RepairStatus } from '../types';
import { alignedPositions, bestSequence, byteRange, PRIVATE_USE_BYTES, type Position, type Slot } from './alignedCandidates';
import type { DamagedSpan, RunToken } from './findDamagedSpans';
import { GBK } from './gbkTable';
import type { LanguageModel } from './languageModel';
import { foldFullwidth } from './foldFullwidth';
import { isGlossed } from './readings';

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

/** A guess at the byte stream: what each byte may be, which pairs carry a reading, and how unlikely the guess is. */
interface Template {
  slots: Slot[];
  readings: Map<number, string>;
  penalty: number;
  /** True when the template had to invent bytes the text gives no trace of. */
  speculative: boolean;
}

const LEADS = byteRange(0x81, 0xfe);
const TRAILS = byteRange(0x40, 0xfe).filter((b) => b !== 0x7f);
const FULLWIDTH_QUESTION: Slot[] = [[0xa3], [0xbf]];
const MAX_HIDDEN = 2;
// A user-defined code the decoder dropped without trace: about one mis-aligned pair in seven lands in
// GBK's user-defined rows, so each assumed drop costs log(7). The extra character pays its own probability.
const HIDDEN_PENALTY = 2;
const MAX_CANDIDATES = 5;

/**
 * Recovers the characters of a byte-shift span: rebuilds the GBK byte stream (lost bytes as sets of
 * possibilities, constrained by the inserted reading), decodes it one byte earlier, and scores the options.
 */
export function recoverSpan(span: DamagedSpan, before: string | undefined, after: string | undefined, model: LanguageModel): Recovery {
  const rawScore = sequenceScore(rawText(span), before, after, model);
  const scored = templates(span)
    .map((t) => ({ t, positions: alignedPositions(t.slots, t.readings, model) }))
    .filter((x): x is { t: Template; positions: Position[] } => x.positions !== undefined)
    .map(({ t, positions }) => ({ t, positions, best: bestSequence(positions, before, after, model) }))
    .map((x) => ({ ...x, total: x.best.score - x.t.penalty }))
    .sort((a, b) => b.total - a.total);
  const top = scored[0];
  if (!top) return { status: 'unrepaired', text: rawText(span), candidates: [], score: -Infinity, rawScore };
  const exact = !top.t.speculative && top.positions.every((p) => p.forced);
  const texts = [top.best.text, ...alternatives(top.best.text, top.positions), ...scored.slice(1).map((x) => x.best.text)];
  const candidates = [...new Set(texts.map(foldFullwidth))].slice(0, MAX_CANDIDATES);
  return { status: exact ? 'exact' : 'guessed', text: foldFullwidth(top.best.text), candidates: exact ? [] : candidates, score: top.total, rawScore };
}

function rawText(span: DamagedSpan): string {
  const trail = span.ending.kind === 'trail' ? String.fromCharCode(span.ending.byte) : '';
  return span.tokens.map((t) => t.text).join('') + trail;
}

function sequenceScore(text: string, before: string | undefined, after: string | undefined, model: LanguageModel): number {
  const chars = [before, ...text, after];
  return chars.slice(1).reduce((sum, c, i) => (c === undefined ? sum : sum + model.score(chars[i], c)), 0);
}

/** Swaps one character of the best text for its runner-up, position by position. */
function alternatives(best: string, positions: Position[]): string[] {
  const chars = [...best];
  return positions.flatMap((p, i) => p.candidates.filter((c) => c !== chars[i]).slice(0, 1).map((c) => chars.with(i, c).join('')));
}

function templates(span: DamagedSpan): Template[] {
  const head = leadSlot(span);
  const variants = tokenVariants(span.tokens);
  return variants.flatMap((tokens) =>
    hiddenGapSets(span.tokens.length).map((gaps) => build(head, tokens, gaps, span)),
  ).filter((t) => t.slots.length % 2 === 0);
}

function leadSlot(span: DamagedSpan): { slot: Slot; guessed: boolean } {
  const { reading, prevByte } = span;
  if (reading === null || prevByte === undefined) return { slot: LEADS, guessed: false };
  const fitting = LEADS.filter((b) => isGlossed(GBK.decode(prevByte, b) ?? '', reading));
  return { slot: fitting.length > 0 ? fitting : LEADS, guessed: false };
}

/** Each "?" inside the run is either a full-width ？ or a user-defined code shown as "?". */
function tokenVariants(tokens: RunToken[]): { slots: Slot[][]; unknowns: number }[] {
  return tokens.reduce<{ slots: Slot[][]; unknowns: number }[]>(
    (acc, token) =>
      token.kind === 'pair'
        ? acc.map((v) => ({ ...v, slots: [...v.slots, [[token.bytes[0]], [token.bytes[1]]]] }))
        : acc.flatMap((v) => [FULLWIDTH_QUESTION, [PRIVATE_USE_BYTES.leads, PRIVATE_USE_BYTES.trails]].map((s) => ({ slots: [...v.slots, s], unknowns: v.unknowns + 1 }))),
    [{ slots: [], unknowns: 0 }],
  );
}

/** Sets of gaps (0 = before the first run token) where a dropped user-defined code may hide; at most MAX_HIDDEN. */
function hiddenGapSets(tokenCount: number): number[][] {
  const gaps = byteRange(0, tokenCount);
  const sets: number[][] = [[]];
  for (let size = 1; size <= MAX_HIDDEN; size++) {
    for (const set of sets.filter((s) => s.length === size - 1)) {
      for (const g of gaps.filter((g) => g > (set.at(-1) ?? -1))) sets.push([...set, g]);
    }
  }
  return sets;
}

function build(head: { slot: Slot; guessed: boolean }, tokens: { slots: Slot[][]; unknowns: number }, gaps: number[], span: DamagedSpan): Template {
  const hidden: Slot[] = [PRIVATE_USE_BYTES.leads, PRIVATE_USE_BYTES.trails];
  const slots: Slot[] = [head.slot];
  tokens.slots.forEach((pair, i) => slots.push(...(gaps.includes(i) ? hidden : []), ...pair));
  if (gaps.includes(tokens.slots.length)) slots.push(...hidden);
  const readings = new Map<number, string>();
  if (span.ending.kind === 'lost') {
    if (span.ending.reading !== null) readings.set(slots.length >> 1, span.ending.reading);
    slots.push(TRAILS);
  }
  if (span.ending.kind === 'trail') slots.push([span.ending.byte]);
  return { slots, readings, penalty: gaps.length * HIDDEN_PENALTY, speculative: head.guessed || tokens.unknowns > 0 || gaps.length > 0 };
}
