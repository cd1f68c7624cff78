import type { ColumnInfo } from '../db/types';
import type { ProvenanceTarget } from '../provenance/ProvenanceTarget';

export type { ProvenanceTarget };

/** Returns a function reading a row's source, or null when the result has no doc_id and line columns. */
export function provenanceReader(columns: ColumnInfo[]): ((row: unknown[]) => ProvenanceTarget | null) | null {
  const at = (name: string) => columns.findIndex((c) => c.name === name);
  const [doc, line, start, end] = [at('doc_id'), at('line'), at('char_start'), at('char_end')];
  if (doc < 0 || line < 0) return null;
  return (row) => {
    const docId = row[doc];
    const lineNo = toNumber(row[line]);
    if (docId === null || docId === undefined || lineNo === null) return null;
    return {
      docId: String(docId),
      line: lineNo,
      charStart: toNumber(start >= 0 ? row[start] : null),
      charEnd: toNumber(end >= 0 ? row[end] : null),
    };
  };
}

function toNumber(v: unknown): number | null {
  return v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
}
