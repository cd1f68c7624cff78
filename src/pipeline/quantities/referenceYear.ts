import type { Candidate } from './findCandidates';
import { sentenceAt, type Bounds } from './textSpans';

/**
 * Finds the year an amount refers to: the nearest year written before it in its sentence (到2025年,
 * 2023年1-9月), else the first one written after it, else the document's own year. A running total
 * since an earlier year ("2019年以来…共47个") and a run of years ("连续四年发布") span several years and
 * get none.
 */
export function referenceYear(
  c: Candidate,
  text: string,
  documentYear: number | null,
  sentence: Bounds = sentenceAt(text, c.numberStart),
): number | null {
  if (c.unit?.unit === '年' && /(?:连续|累计)$/.test(text.slice(Math.max(0, c.numberStart - 2), c.numberStart)))
    return null;
  const years = [...text.slice(sentence.start, sentence.end).matchAll(/(?<![0-9])((?:19|20)\d{2})年(以来)?/g)].map(
    (m) => ({
      at: sentence.start + m.index,
      year: Number(m[1]),
      since: m[2] !== undefined,
    }),
  );
  const found = years.filter((y) => y.at < c.numberStart).at(-1) ?? years[0];
  if (!found) return documentYear;
  return found.since && documentYear !== null && found.year < documentYear ? null : found.year;
}
