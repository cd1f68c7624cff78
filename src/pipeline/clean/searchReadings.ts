import { USER_DEFINED_BLOCKS } from './gbkTable';
import type { LanguageModel } from './languageModel';
import type { Candidate, CandidateLister, PairSlots, Position, Slot } from './listCandidates';
import type { WordModel, WordState } from './wordModel';

/** One way a run token's bytes may be read: a lead and a trail slot, and whether reading it so is a guess. */
export interface TokenChoice {
  lead: Slot;
  trail: Slot;
  guessed: boolean;
}

/** The rebuilt byte stream of a span: a lead slot, each run token's ways of being read, and the last byte. */
export interface SpanStream {
  head: Slot;
  tokens: TokenChoice[][];
  end: Slot;
  /** The reading the last character must carry, when the decoder swallowed its "(". */
  endReading: string | null;
}

/** What a span's readings are read between: the characters next to it, and the text either side for the word split. */
export interface SpanEnds {
  before: number;
  after: number | undefined;
  /** The word split of the text before the span. */
  left: WordState;
  /** The (simplified) text after the span that the word split reads on into. */
  right: string;
}

/** What the search scores readings with, and where it finds their characters. */
export interface SpanScorers {
  model: LanguageModel;
  words: WordModel;
  list: CandidateLister;
}

/** A complete reading of a span, scored by the character model and the word split with the text around it. */
export interface SpanReading {
  text: string;
  score: number;
  /** Codes assumed dropped, plus "?" tokens read as user-defined codes. */
  hidden: number;
  /** True when every pair of the reading allowed exactly one character and nothing was assumed. */
  forced: boolean;
  guessedUnknown: boolean;
  positions: Position[];
}

interface Step {
  char: string;
  position: Position;
  previous: Step | null;
}

interface Path {
  id: number;
  /** Character-model score plus the best word split so far, less the cost of the codes assumed. */
  score: number;
  lm: number;
  words: WordState;
  cost: number;
  hidden: number;
  forced: boolean;
  guessedUnknown: boolean;
  /** The bytes the next character's lead may be. */
  left: Slot;
  steps: Step | null;
}

/** Bounds and costs of the search, so the work per span stays small whatever the span holds. */
export interface SearchLimits {
  maxHidden: number;
  maxHiddenPerGap: number;
  /** Cost of each assumed code (a dropped user-defined code, or a "?" read as one). */
  hiddenPenalty: number;
  /** Paths kept after each step, for each number of assumed codes. */
  beam: number;
}

/**
 * Finds the likeliest readings of a span with one beam over its whole stream: every way of reading its
 * "?" tokens and every gap's dropped codes extend the same paths (a gap's choices share their common
 * prefix). A path is scored by the character model and the best split into words of the text so far, so
 * words steer the beam (成果在 over 成功勞); paths are not merged. Returns the surviving readings, each
 * text once, best first, scored with the text after the span.
 */
export function searchReadings(
  stream: SpanStream,
  ends: SpanEnds,
  scorers: SpanScorers,
  limits: SearchLimits,
): SpanReading[] {
  const walk = { ...scorers, limits };
  let paths: Path[] = [
    {
      id: ends.before,
      score: ends.left.score,
      lm: 0,
      words: ends.left,
      cost: 0,
      hidden: 0,
      forced: true,
      guessedUnknown: false,
      left: stream.head,
      steps: null,
    },
  ];
  for (const choices of stream.tokens)
    paths = prune(
      choices.flatMap((choice) => throughToken(paths, choice, walk)),
      limits.beam,
    );
  const finals = crossGap(paths, stream.end, stream.endReading, walk).map((p) => finish(p, ends, scorers));
  return distinct(finals.sort((a, b) => b.score - a.score).map(toReading));
}

function finish(path: Path, { after, right }: SpanEnds, { model, words }: SpanScorers): Path {
  const lm = after === undefined ? path.lm : path.lm + model.score(path.id, after);
  let state = path.words;
  for (const char of right) state = words.step(state, char);
  return { ...path, lm, words: state, score: lm + state.score - path.cost };
}

interface Walk extends SpanScorers {
  limits: SearchLimits;
}

function throughToken(paths: Path[], choice: TokenChoice, walk: Walk): Path[] {
  const open = choice.guessed ? paths.filter((p) => p.hidden < walk.limits.maxHidden) : paths;
  const penalty = choice.guessed ? walk.limits.hiddenPenalty : 0;
  return crossGap(open, choice.lead, null, walk).map((p) => ({
    ...p,
    left: choice.trail,
    score: p.score - penalty,
    cost: p.cost + penalty,
    hidden: p.hidden + (choice.guessed ? 1 : 0),
    forced: p.forced && !choice.guessed,
    guessedUnknown: p.guessedUnknown || choice.guessed,
  }));
}

/** Extends paths to the byte before `right`: one closing pair, or dropped codes first, up to the per-gap limit. */
function crossGap(paths: Path[], right: Slot, reading: string | null, walk: Walk): Path[] {
  const done: Path[] = [];
  let open = paths;
  for (let hidden = 0; open.length > 0; hidden++) {
    done.push(...extend(open, right, reading, AFTER_GAP, walk));
    if (hidden === walk.limits.maxHiddenPerGap) break;
    const room = open.filter((p) => p.hidden < walk.limits.maxHidden);
    open = prune(
      USER_DEFINED_BLOCKS.flatMap((block) => extend(room, block.leads, null, block.trails, walk)).map((p) => ({
        ...p,
        hidden: p.hidden + 1,
        forced: false,
        score: p.score - walk.limits.hiddenPenalty,
        cost: p.cost + walk.limits.hiddenPenalty,
      })),
      walk.limits.beam,
    );
  }
  return prune(done, walk.limits.beam);
}

/**
 * Adds one character decoded from each path's left slot and `trail`, then leaves `left` as the next lead.
 * Every extension is scored first; only those the beam keeps are built.
 */
function extend(
  paths: Path[],
  trail: Slot,
  reading: string | null,
  left: Slot,
  { model, words, list, limits }: Walk,
): Path[] {
  const kept = new Map<number, Extension[]>();
  for (const path of paths) {
    const position = list({ lead: path.left, trail, reading } satisfies PairSlots, path.id);
    if (!position) continue;
    const best = kept.get(path.hidden) ?? setAndGet(kept, path.hidden, []);
    for (const candidate of position.candidates) {
      const lm = path.lm + model.score(path.id, candidate.id);
      const score = lm + words.scoreAfter(path.words, candidate.plain) - path.cost;
      if (best.length < limits.beam || score > best.at(-1)!.score)
        keepSorted(best, { path, position, candidate, lm, score }, limits.beam);
    }
  }
  return [...kept.values()].flatMap((best) =>
    best.map((e) => ({
      id: e.candidate.id,
      score: e.score,
      lm: e.lm,
      words: words.step(e.path.words, e.candidate.plain),
      cost: e.path.cost,
      hidden: e.path.hidden,
      forced: e.path.forced && e.position.forced,
      guessedUnknown: e.path.guessedUnknown,
      left,
      steps: { char: e.candidate.char, position: e.position, previous: e.path.steps },
    })),
  );
}

interface Extension {
  path: Path;
  position: Position;
  candidate: Candidate;
  lm: number;
  score: number;
}

/** Inserts an extension into a list kept best first and at most `size` long. */
function keepSorted(best: Extension[], extension: Extension, size: number): void {
  let at = best.length;
  while (at > 0 && best[at - 1]!.score < extension.score) at--;
  best.splice(at, 0, extension);
  if (best.length > size) best.pop();
}

function setAndGet<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
}

// The slot after a gap's closing pair is the next token's trail, which the caller sets.
const AFTER_GAP: Slot = [];

/**
 * Keeps the `beam` best paths for each number of assumed codes, so readings that assume a dropped code
 * (one character longer, and so costlier before the word split judges them) are not crowded out.
 */
function prune(paths: Path[], beam: number): Path[] {
  if (paths.length <= beam) return paths;
  const kept = new Map<number, number>();
  return paths
    .sort((a, b) => b.score - a.score)
    .filter((p) => {
      const n = kept.get(p.hidden) ?? 0;
      kept.set(p.hidden, n + 1);
      return n < beam;
    });
}

function distinct(readings: SpanReading[]): SpanReading[] {
  const seen = new Set<string>();
  return readings.filter((r) => !seen.has(r.text) && seen.add(r.text));
}

function toReading(path: Path): SpanReading {
  const chars: string[] = [];
  const positions: Position[] = [];
  for (let s = path.steps; s; s = s.previous) {
    chars.push(s.char);
    positions.push(s.position);
  }
  return {
    text: chars.reverse().join(''),
    score: path.score,
    hidden: path.hidden,
    forced: path.forced,
    guessedUnknown: path.guessedUnknown,
    positions: positions.reverse(),
  };
}
