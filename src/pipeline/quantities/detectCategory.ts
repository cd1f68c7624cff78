import type { Category } from '../types';
import { CATEGORY_KEYWORDS, DECISIVE_QUALIFIERS, WEAK_CATEGORIES } from './categoryKeywords';

const STRONG = CATEGORY_KEYWORDS.filter(([c]) => !WEAK_CATEGORIES.includes(c));
const WEAK = CATEGORY_KEYWORDS.filter(([c]) => WEAK_CATEGORIES.includes(c));

/**
 * Picks the category of an amount from keyword tables. The indicator and its clause decide first, a
 * specific topic (loans, jobs…) over a common one (企业); only when they name none does the wider
 * context speak: the sentence, then the measure or paragraph lead, then the section heading.
 */
export function detectCategory(indicator: string, clause: string, wider: string[]): Category {
  return (
    decisive(indicator) ??
    headCategory(indicator, STRONG) ??
    firstHit(clause, STRONG) ??
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
