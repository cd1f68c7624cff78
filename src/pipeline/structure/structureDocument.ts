import type { CleanDocument, StructuredDocument } from '../types';

/** Finds the metadata, heading tree, measures and cases of a clean document. (Interim.) */
export function structureDocument(doc: CleanDocument): StructuredDocument {
  const title = doc.text.split('\n').find((l) => l.trim() !== '') ?? '';
  return {
    ...doc,
    meta: { title, kind: 'action_plan', district: null, issuers: [], docNumber: null, issueDate: null, effectiveFrom: null, effectiveTo: null },
    sections: [],
    measures: [],
    cases: [],
  };
}
