import type { CleanDocument, StructuredDocument } from '../types';
import { buildOutline } from './buildOutline';
import { readCases, withCaseTitles } from './caseRecords';
import { readDocumentMeta } from './documentMeta';
import { outlineEntries } from './outlineEntries';
import { numberingFindings, repeatedLeadFindings, unitFindings } from './outlineFindings';
import { sourceLines } from './sourceLines';

/**
 * Finds the metadata, heading tree, measures and cases of a clean document, reading its simplified text.
 * Every row keeps the line and offsets of the passage it came from; problems become findings.
 */
export function structureDocument(doc: CleanDocument): StructuredDocument {
  const lines = sourceLines(doc.text);
  const { meta, bodyFrom, findings } = readDocumentMeta(lines, doc.text);
  const isCollection = meta.kind === 'case_collection';
  const entries = outlineEntries(lines, bodyFrom, !isCollection);
  const { sections, measures } = buildOutline(doc.docId, entries);
  const { cases, findings: caseFindings } = isCollection ? readCases(doc.docId, entries) : { cases: [], findings: [] };
  return {
    ...doc,
    meta,
    sections: withCaseTitles(sections, cases),
    measures,
    cases,
    findings: [
      ...doc.findings,
      ...findings,
      ...numberingFindings(entries),
      ...unitFindings(measures),
      ...repeatedLeadFindings(measures),
      ...caseFindings,
    ],
  };
}
