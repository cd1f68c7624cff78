import { sqlString } from '../search/sqlString';
import type { ProvenanceTarget } from './ProvenanceTarget';

/** The three queries behind the provenance panel. */
export interface ProvenanceSql {
  document: string;
  passages: string;
  repairs: string;
}

/**
 * Builds the queries for a target: its document's title and source file, the passages `context` lines around it
 * (and every line the span covers), and the cleaner's repairs on those lines other than stripped pinyin.
 */
export function provenanceSql(target: ProvenanceTarget, context = 3): ProvenanceSql {
  checkTarget(target);
  const doc = sqlString(target.docId);
  const lines = linePredicate(target, context);
  return {
    document: `SELECT doc_id, title, source_file FROM documents WHERE doc_id = ${doc}`,
    passages: `SELECT line, char_start, char_end, text, text_original FROM passages\nWHERE doc_id = ${doc} AND ${lines}\nORDER BY line`,
    repairs:
      'SELECT line, char_start, char_end, kind, raw, result, status, candidates FROM text_repairs\n' +
      `WHERE doc_id = ${doc} AND kind <> 'pinyin' AND ${lines}\nORDER BY char_start`,
  };
}

function linePredicate(target: ProvenanceTarget, context: number): string {
  const around = `line BETWEEN ${Math.max(1, target.line - context)} AND ${target.line + context}`;
  if (!hasSpan(target)) return around;
  return `(${around} OR (char_end > ${target.charStart} AND char_start < ${target.charEnd}))`;
}

/** Tests whether a target carries a usable span (both offsets). */
export function hasSpan(target: ProvenanceTarget): target is ProvenanceTarget & { charStart: number; charEnd: number } {
  return target.charStart != null && target.charEnd != null;
}

function checkTarget(target: ProvenanceTarget): void {
  if (typeof target.docId !== 'string' || target.docId === '') throw new RangeError('A source needs a document id.');
  if (!Number.isInteger(target.line) || target.line < 1)
    throw new RangeError(`Line must be a whole number from 1; got ${target.line}.`);
  if (!hasSpan(target)) return;
  const { charStart, charEnd } = target;
  if (!Number.isInteger(charStart) || !Number.isInteger(charEnd) || charStart < 0 || charEnd < charStart) {
    throw new RangeError(`A span needs whole offsets with start ≤ end; got ${charStart}–${charEnd}.`);
  }
}
