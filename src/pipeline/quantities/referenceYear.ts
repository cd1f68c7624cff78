import type { Candidate } from './findCandidates';
import { sentenceAt } from './textSpans';

/**
 * Finds the year an amount refers to: the nearest year written before it in its sentence (到2025年,
 * 2023年1-9月), else the first one written after it, else the document's own year.
 */
export function referenceYear(c: Candidate, text: string, documentYear: number | null): number | null {
  const sentence = sentenceAt(text, c.numberStart);
  const years = [...text.slice(sentence.start, sentence.end).matchAll(/(?<![0-9])((?:19|20)\d{2})年/g)].map((m) => ({
    at: sentence.start + m.index,
    year: Number(m[1]),
  }));
  const before = years.filter((y) => y.at < c.numberStart).at(-1);
  return before?.year ?? years[0]?.year ?? documentYear;
}
