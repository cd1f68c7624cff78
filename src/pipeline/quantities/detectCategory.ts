import type { Category } from '../types';
import { CATEGORY_KEYWORDS, DECISIVE_QUALIFIERS, GENERIC_INDICATOR, PROCEDURAL_WORDS, WEAK_CATEGORIES } from './categoryKeywords';

const STRONG = CATEGORY_KEYWORDS.filter(([c]) => !WEAK_CATEGORIES.includes(c));
const WEAK = CATEGORY_KEYWORDS.filter(([c]) => WEAK_CATEGORIES.includes(c));
/** Strong keywords without the procedural words, which yield to any other topic named. */
const STRONG_SPECIFIC = STRONG.map(([c, words]): [Category, string[]] => [c, words.filter((w) => !PROCEDURAL_WORDS.includes(w))]);

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
    (generic ? null : headCategory(indicator, STRONG_SPECIFIC) ?? headCategory(indicator, STRONG)) ??
    firstHit(clause, generic ? STRONG_SPECIFIC : STRONG) ??
    (generic ? firstHit(wider[0] ?? '', STRONG_SPECIFIC) : null) ??
    headCategory(indicator, WEAK) ??
    firstHit(clause, WEAK) ??
    wider.map((context) => firstHit(context, CATEGORY_KEYWORDS)).find((c) => c !== null) ??
    'other'
  );
}

function decisive(indicator: string): Category | null {
  return DECISIVE_QUALIFIERS.find(([, words]) => words.some((w) => indicator.includes(w)))?.[0] ?? null;
}

function firstHit(context: string, table: [Category, string[]][]): Category | null {
  return table.find(([, words]) => words.some((w) => context.includes(w)))?.[0] ?? null;
}

/** Reads the category from the indicator's head noun, which in Chinese comes last (保险合同纠纷 is legal). */
function headCategory(indicator: string, table: [Category, string[]][]): Category | null {
  let best: { category: Category; end: number } | null = null;
  for (const [category, words] of table) {
    for (const w of words) {
      const at = indicator.lastIndexOf(w);
      if (at !== -1 && (!best || at + w.length > best.end)) best = { category, end: at + w.length };
    }
  }
  return best?.category ?? null;
}
