/** Start and end offsets (end exclusive) of a stretch of text. */
export interface Bounds {
  start: number;
  end: number;
}

/** Character codes that end a stretch; a lookup by code, since these scans step through every character around each amount. */
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const SENTENCE_END = codes('。！？；!?;\n');
const CLAUSE_END = codes('。！？；!?;\n，,：:');
const SPACE = /\s/;

/** The sentence and clause around an amount's number, found once and handed to each reader of the amount. */
export interface NumberBounds {
  sentence: Bounds;
  clause: Bounds;
}

/** Finds the sentence and the clause around an offset. */
export function numberBounds(text: string, pos: number): NumberBounds {
  return { sentence: sentenceAt(text, pos), clause: clauseAt(text, pos) };
}

/** Finds the sentence around an offset: text between 。！？； (or line breaks), trimmed of spaces. */
export function sentenceAt(text: string, pos: number): Bounds {
  return trimmed(text, boundsBetween(text, pos, SENTENCE_END));
}

/** Finds the clause around an offset: the sentence further split on commas and colons. */
export function clauseAt(text: string, pos: number): Bounds {
  return trimmed(text, boundsBetween(text, pos, CLAUSE_END));
}

/** Finds the line around an offset. */
export function lineAt(text: string, pos: number): Bounds {
  const end = text.indexOf('\n', pos);
  return { start: pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0, end: end === -1 ? text.length : end };
}

/** Counts the 1-based line number of an offset. */
export function lineNumberAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Builds a line-number lookup for one text: offsets of line starts found once, then a binary search per
 * offset, so numbering every amount does not rescan the document from its start.
 */
export function lineIndex(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= pos) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

function boundsBetween(text: string, pos: number, stop: ReadonlySet<number>): Bounds {
  let start = pos;
  while (start > 0 && !stop.has(text.charCodeAt(start - 1))) start--;
  let end = pos;
  while (end < text.length && !stop.has(text.charCodeAt(end))) end++;
  return { start, end };
}

function trimmed(text: string, b: Bounds): Bounds {
  let { start, end } = b;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}
