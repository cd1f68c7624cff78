/** One line of a document's clean text, with its place in that text. */
export interface SourceLine {
  /** 1-based line number; cleaning keeps lines, so this is the source file's line too. */
  line: number;
  /** Offset of the line's first character in the clean text. */
  start: number;
  /** Offset just past the line's last character (the newline is not included). */
  end: number;
  /** The line without its leading and trailing white space (full-width spaces included). */
  content: string;
  /** Offset of `content` in the clean text. */
  contentStart: number;
}

/** Splits clean text into lines that remember their line number and offsets. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const lead = raw.length - raw.trimStart().length;
    lines.push({ line: i + 1, start, end: start + raw.length, content: raw.trim(), contentStart: start + lead });
    start += raw.length + 1;
  });
  return lines;
}
