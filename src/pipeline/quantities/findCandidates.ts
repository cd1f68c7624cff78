import { CHINESE_NUMERAL_CHARS, parseArabicNumber, parseChineseNumeral } from './numerals';
import { matchUnitAt, type UnitMatch } from './units';

/** A number in the text with the unit written after it: a possible quantity, before any exclusion. */
export interface Candidate {
  /** Offsets of the quantity text (number + unit) in the document text. */
  start: number;
  end: number;
  /** Offsets of the number alone. */
  numberStart: number;
  numberEnd: number;
  /** The value as written: the upper end of a range, the number before a "+". */
  value: number;
  /** The lower end of a range such as 1-2个, else null. */
  rangeLow: number | null;
  /** True for "20+": a number followed by a plus sign and no unit. */
  plus: boolean;
  chinese: boolean;
  unit: UnitMatch | null;
}

const ARABIC =
  /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?:\s*[-－~～—至到]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?)?/gu;
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
const MAGNITUDE_CODES: ReadonlySet<number> = new Set([...'万亿'].map((ch) => ch.charCodeAt(0)));

/** Finds every Arabic or Chinese number in the text together with the unit that follows it, if any. */
export function findCandidates(text: string): Candidate[] {
  return [...findArabic(text), ...findChinese(text)].sort((a, b) => a.start - b.start);
}

function findArabic(text: string): Candidate[] {
  return [...text.matchAll(ARABIC)].map((m) => {
    const numberStart = m.index;
    const numberEnd = numberStart + m[0].length;
    const [low, high] = m[0].split(/\s*[-－~～—至到]\s*/);
    const unit = matchUnitAt(text, numberEnd);
    const plus = !unit && /^[+＋](?![0-9０-９A-Za-z])/.test(text.slice(numberEnd, numberEnd + 2));
    const end = numberEnd + (unit?.length ?? (plus ? 1 : 0));
    const value = parseArabicNumber(high ?? low ?? m[0]);
    const rangeLow = high === undefined ? null : parseArabicNumber(low ?? '');
    return { start: numberStart, end, numberStart, numberEnd, value, rangeLow, plus, chinese: false, unit };
  });
}

/**
 * Chinese numerals count only with a unit after them. A trailing 万 or 亿 is the unit's magnitude, as in
 * 百亿 (value 100, unit 亿) and 千万件 (value 1000, unit 万件), matching how Arabic amounts are written.
 */
function findChinese(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(CHINESE)) {
    const candidate = chineseCandidate(text, m.index, m.index + m[0].length);
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Reads one run of numeral characters; most are a 一 or 十 inside a word, so the unit is looked up first. */
function chineseCandidate(text: string, numberStart: number, runEnd: number): Candidate | null {
  let numberEnd = runEnd;
  while (numberEnd > numberStart && MAGNITUDE_CODES.has(text.charCodeAt(numberEnd - 1))) numberEnd--;
  const unit = numberEnd === numberStart ? null : matchUnitAt(text, numberEnd);
  const value = unit ? parseChineseNumeral(text.slice(numberStart, numberEnd)) : null;
  if (!unit || value === null) return null;
  return {
    start: numberStart,
    end: numberEnd + unit.length,
    numberStart,
    numberEnd,
    value,
    rangeLow: null,
    plus: false,
    chinese: true,
    unit,
  };
}
