import { parseChineseNumeral } from './chineseNumeral';

/** The numbering at the start of a line, e.g. "一、", "(一)", "1." or "排名10". */
export interface HeadingMarker {
  /** 0 for a case rank, 1 for 一、, 2 for (一), 3 for 1., 4 for (1). */
  level: number;
  /** The ordinal as written, without the trailing 、 or .: "一", "(一)", "1", "排名10". */
  ordinal: string;
  ordinalNum: number | null;
  /** Characters the marker takes up at the start of the line. */
  length: number;
}

const CN = '[一二三四五六七八九十]+';
// Levels are fixed per marker style rather than by nesting depth, so that "1." means the same level in
// every document; a plan that puts 1. straight under 一、 simply skips level 2. A case collection's 排名
// lines sit above its 一、 headings at level 0, so that 一、 keeps level 1 there too.
const PATTERNS: { level: number; pattern: RegExp; ordinal: (m: RegExpExecArray) => string }[] = [
  { level: 0, pattern: /^排名\s*(\d+)\s*$/, ordinal: (m) => `排名${m[1]}` },
  { level: 1, pattern: new RegExp(`^(${CN})[、．.]`), ordinal: (m) => m[1]! },
  { level: 2, pattern: new RegExp(`^[(（](${CN})[)）][、]?`), ordinal: (m) => m[0].replace(/、$/, '') },
  { level: 3, pattern: /^(\d{1,3})[.．、](?!\d)/, ordinal: (m) => m[1]! },
  { level: 4, pattern: /^[(（](\d{1,3})[)）]/, ordinal: (m) => m[0] },
];

/** Reads the heading marker at the start of a line's content, or null when the line has none. */
export function parseHeadingMarker(content: string): HeadingMarker | null {
  for (const { level, pattern, ordinal } of PATTERNS) {
    const match = pattern.exec(content);
    if (match)
      return { level, ordinal: ordinal(match), ordinalNum: parseChineseNumeral(match[1]!), length: match[0].length };
  }
  return null;
}
