import type { CleanDocument, SourceDocument } from '../types';

/** Cleans a source document. (Interim: passes text through; the real cleaner replaces this.) */
export function cleanDocument(src: SourceDocument): CleanDocument {
  return {
    ...src,
    text: src.raw,
    original: src.raw,
    script: 'simplified',
    repairs: [],
    quality: { annotationsStripped: 0, entitiesFixed: 0, spansExact: 0, spansGuessed: 0, spansUnrepaired: 0 },
    findings: [],
  };
}
