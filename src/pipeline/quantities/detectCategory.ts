import type { Category } from '../types';
import {
  CATEGORY_KEYWORDS,
  DECISIVE_QUALIFIERS,
  GENERIC_INDICATOR,
  PROCEDURAL_WORDS,
  WEAK_CATEGORIES,
} from './categoryKeywords';

type KeywordTable = [Category, string[]][];

const STRONG_TABLE = CATEGORY_KEYWORDS.filter(([c]) => !WEAK_CATEGORIES.includes(c));
const WEAK_TABLE = CATEGORY_KEYWORDS.filter(([c]) => WEAK_CATEGORIES.includes(c));
/** Strong keywords without the procedural words, which yield to any other topic named. */
const STRONG_SPECIFIC_TABLE = STRONG_TABLE.map(([c, words]): [Category, string[]] => [
  c,
  words.filter((w) => !PROCEDURAL_WORDS.includes(w)),
]);

/**
 * A keyword table compiled once: a pattern per category for "does the text name it", and the words by
 * their last character for "which keyword ends latest", since every amount asks both of several texts.
 */
interface CompiledTable {
  patterns: readonly (readonly [Category, RegExp])[];
  byLastChar: ReadonlyMap<string, readonly (readonly [Category, string])[]>;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(table: KeywordTable): CompiledTable {
  const patterns = table
    .filter(([, words]) => words.length > 0)
    .map(([c, words]) => [c, new RegExp(words.map(escape).join('|'))] as const);
  const byLastChar = new Map<string, [Category, string][]>();
  for (const [c, words] of table)
    for (const w of words) byLastChar.set(w.at(-1)!, [...(byLastChar.get(w.at(-1)!) ?? []), [c, w]]);
  return { patterns, byLastChar };
}

const STRONG = compile(STRONG_TABLE);
const WEAK = compile(WEAK_TABLE);
const STRONG_SPECIFIC = compile(STRONG_SPECIFIC_TABLE);
const ALL = compile(CATEGORY_KEYWORDS);
const DECISIVE = compile(DECISIVE_QUALIFIERS);

/**
 * Picks the category of an amount from keyword tables. A decisive qualifier (知识产权, 上市) in the
 * indicator or written before the amount in its clause (`lead`) settles it; then the indicator and its
 * clause decide, a specific topic (loans, jobs…) over a common one (企业); only when they name none does
 * the wider context speak: the sentence, then the measure or paragraph lead, then the section heading.
 * An indicator that names no topic (企业, 材料) lets the sentence's specific topic speak before it.
 */
export function detectCategory(indicator: string, clause: string, wider: string[], lead = ''): Category {
  const generic = GENERIC_INDICATOR.test(indicator);
  return (
    decisive(indicator) ??
    decisive(lead) ??
    (generic ? null : (headCategory(indicator, STRONG_SPECIFIC) ?? headCategory(indicator, STRONG))) ??
    firstHit(clause, generic ? STRONG_SPECIFIC : STRONG) ??
    (generic ? firstHit(wider[0] ?? '', STRONG_SPECIFIC) : null) ??
    headCategory(indicator, WEAK) ??
    firstHit(clause, WEAK) ??
    wider.map((context) => firstHit(context, ALL)).find((c) => c !== null) ??
    'other'
  );
}

function decisive(indicator: string): Category | null {
  return firstHit(indicator, DECISIVE);
}

function firstHit(context: string, table: CompiledTable): Category | null {
  return table.patterns.find(([, pattern]) => pattern.test(context))?.[0] ?? null;
}

/**
 * Reads the category from the indicator's head noun, which in Chinese comes last (保险合同纠纷 is legal): the
 * keyword that ends latest, the earlier row on a tie.
 */
function headCategory(indicator: string, table: CompiledTable): Category | null {
  for (let end = indicator.length; end > 0; end--) {
    const hit = table.byLastChar.get(indicator[end - 1]!)?.find(([, w]) => indicator.endsWith(w, end));
    if (hit) return hit[0];
  }
  return null;
}
