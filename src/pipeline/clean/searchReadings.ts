import { USER_DEFINED_BLOCKS } from './gbkTable';
import type { LanguageModel } from './languageModel';
import type { CandidateLister, PairSlots, Position, Slot } from './listCandidates';

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

/** A complete reading of a span, scored by the character model with the characters around it. */
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
  score: number;
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
 * prefix), and paths are not merged, so the beam holds whole alternatives for a later, wider judgement.
 * Returns the surviving readings, each text once, best first.
 */
export function searchReadings(stream: SpanStream, before: number, after: number | undefined, model: LanguageModel, list: CandidateLister, limits: SearchLimits): SpanReading[] {
  const walk = { model, list, limits };
  let paths: Path[] = [{ id: before, score: 0, hidden: 0, forced: true, guessedUnknown: false, left: stream.head, steps: null }];
  for (const choices of stream.tokens) paths = prune(choices.flatMap((choice) => throughToken(paths, choice, walk)), limits.beam);
  const finals = crossGap(paths, stream.end, stream.endReading, walk);
  const scored = after === undefined ? finals : finals.map((p) => ({ ...p, score: p.score + model.score(p.id, after) }));
  return distinct(scored.sort((a, b) => b.score - a.score).map(toReading));
}

interface Walk {
  model: LanguageModel;
  list: CandidateLister;
  limits: SearchLimits;
}

function throughToken(paths: Path[], choice: TokenChoice, walk: Walk): Path[] {
  const open = choice.guessed ? paths.filter((p) => p.hidden < walk.limits.maxHidden) : paths;
  const penalty = choice.guessed ? walk.limits.hiddenPenalty : 0;
  return crossGap(open, choice.lead, null, walk).map((p) => ({
    ...p, left: choice.trail, score: p.score - penalty, hidden: p.hidden + (choice.guessed ? 1 : 0),
    forced: p.forced && !choice.guessed, guessedUnknown: p.guessedUnknown || choice.guessed,
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
    open = prune(USER_DEFINED_BLOCKS.flatMap((block) => extend(room, block.leads, null, block.trails, walk)).map((p) => ({
      ...p, hidden: p.hidden + 1, forced: false, score: p.score - walk.limits.hiddenPenalty,
    })), walk.limits.beam);
  }
  return prune(done, walk.limits.beam);
}

/** Adds one character decoded from each path's left slot and `trail`, then leaves `left` as the next lead. */
function extend(paths: Path[], trail: Slot, reading: string | null, left: Slot, { model, list, limits }: Walk): Path[] {
  const next: Path[] = [];
  for (const path of paths) {
    const position = list({ lead: path.left, trail, reading } satisfies PairSlots, path.id);
    if (!position) continue;
    for (const c of position.candidates) {
      next.push({
        id: c.id, score: path.score + model.score(path.id, c.id), hidden: path.hidden,
        forced: path.forced && position.forced, guessedUnknown: path.guessedUnknown, left, steps: { char: c.char, position, previous: path.steps },
      });
    }
  }
  return prune(next, limits.beam);
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
  return paths.sort((a, b) => b.score - a.score).filter((p) => {
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
    text: chars.reverse().join(''), score: path.score, hidden: path.hidden, forced: path.forced,
    guessedUnknown: path.guessedUnknown, positions: positions.reverse(),
  };
}
