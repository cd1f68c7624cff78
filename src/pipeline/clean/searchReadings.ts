import { type LanguageModel, NO_CHAR } from './languageModel';
import type { CandidateLister, PairSlots, Position } from './listCandidates';

/** One way to read a gap of the rebuilt stream: its pairs, and how many dropped codes it assumes. */
export interface GapChoice {
  pairs: PairSlots[];
  hidden: number;
}

/** A complete reading of a span, scored with the characters around it and the cost of its assumptions. */
export interface SpanReading {
  text: string;
  score: number;
  hidden: number;
  /** True when every pair of the reading allowed exactly one character. */
  forced: boolean;
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
  steps: Step | null;
}

/** Bounds on the search, so the work per span stays small whatever the span holds. */
export interface SearchLimits {
  maxHidden: number;
  hiddenPenalty: number;
  /** Paths kept after each position and each gap. */
  beam: number;
}

/**
 * Finds the best readings of a span (Viterbi over its gaps with a beam): each gap offers choices, a choice
 * adds its pairs' characters and its assumed codes' penalty. Paths are told apart by their last character
 * and by how many codes they assume, so a reading with fewer assumptions survives beside a likelier one.
 * Returns the surviving readings, best first.
 */
export function searchReadings(gaps: GapChoice[][], before: number, after: number, model: LanguageModel, list: CandidateLister, limits: SearchLimits): SpanReading[] {
  let paths: Path[] = [{ id: before, score: 0, hidden: 0, forced: true, steps: null }];
  for (const choices of gaps) paths = advanceGap(paths, choices, model, list, limits);
  const finals = paths.map((p) => ({ ...p, score: p.score + (after === NO_CHAR ? 0 : model.score(p.id, after)) }));
  return finals.sort((a, b) => b.score - a.score).map(toReading);
}

function advanceGap(paths: Path[], choices: GapChoice[], model: LanguageModel, list: CandidateLister, limits: SearchLimits): Path[] {
  const next = new Map<number, Path>();
  for (const choice of choices) {
    const open = paths.filter((p) => p.hidden + choice.hidden <= limits.maxHidden);
    const positions = open.length > 0 ? listAll(choice.pairs, list) : undefined;
    if (!positions) continue;
    for (const path of advance(open, positions, model, limits.beam)) {
      const hidden = path.hidden + choice.hidden;
      keepBest(next, (path.id + 1) * (limits.maxHidden + 1) + hidden, { ...path, hidden, score: path.score - choice.hidden * limits.hiddenPenalty });
    }
  }
  return [...next.values()].sort((a, b) => b.score - a.score).slice(0, limits.beam);
}

function listAll(pairs: PairSlots[], list: CandidateLister): Position[] | undefined {
  const positions: Position[] = [];
  for (const pair of pairs) {
    const position = list(pair);
    if (!position) return undefined;
    positions.push(position);
  }
  return positions;
}

/** Extends paths through positions, keeping the `beam` best (each ending in a different character). */
function advance(paths: Path[], positions: Position[], model: LanguageModel, beam: number): Path[] {
  let current = paths;
  for (const position of positions) {
    const next = position.candidates.map((c) => {
      let from = current[0]!;
      let best = -Infinity;
      for (const p of current) {
        const s = p.score + model.score(p.id, c.id);
        if (s > best) [best, from] = [s, p];
      }
      return { id: c.id, score: best, hidden: from.hidden, forced: from.forced && position.forced, steps: { char: c.char, position, previous: from.steps } };
    });
    current = next.length > beam ? next.sort((a, b) => b.score - a.score).slice(0, beam) : next;
  }
  return current;
}

function keepBest(paths: Map<number, Path>, key: number, path: Path): void {
  const held = paths.get(key);
  if (!held || path.score > held.score) paths.set(key, path);
}

function toReading(path: Path): SpanReading {
  const chars: string[] = [];
  const positions: Position[] = [];
  for (let s = path.steps; s; s = s.previous) {
    chars.push(s.char);
    positions.push(s.position);
  }
  return { text: chars.reverse().join(''), score: path.score, hidden: path.hidden, forced: path.forced, positions: positions.reverse() };
}
