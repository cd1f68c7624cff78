/** Start and end offsets (end exclusive) of a stretch of text. */
export interface Bounds {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[。！？；!?;\n，,：:]/;

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
  return boundsBetween(text, pos, /\n/);
}

/** Counts the 1-based line number of an offset. */
export function lineNumberAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function boundsBetween(text: string, pos: number, stop: RegExp): Bounds {
  let start = pos;
  while (start > 0 && !stop.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !stop.test(text[end]!)) end++;
  return { start, end };
}

function trimmed(text: string, b: Bounds): Bounds {
  let { start, end } = b;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
