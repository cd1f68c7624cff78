import { toSimplified } from './toSimplified';
import { tokenizeQuery } from './tokenizeQuery';

/** A search term as typed and in simplified characters (閔行 → 闵行), the form the clean text is in. */
export interface SearchTerm {
  original: string;
  simplified: string;
}

/** Turns a search into its terms in both scripts; throws when there is nothing to search for. */
export function searchTerms(query: string): SearchTerm[] {
  const tokens = tokenizeQuery(query);
  if (tokens.length === 0) throw new RangeError('Type at least one word to search for.');
  return tokens.map((original) => ({ original, simplified: toSimplified(original) }));
}
