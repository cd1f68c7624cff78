import { cleanDocument } from './clean/cleanDocument';
import { extractQuantities } from './quantities/extractQuantities';
import { structureDocument } from './structure/structureDocument';
import type { QuantifiedDocument, SourceDocument } from './types';

/** Runs every stage on one source document: clean → structure → quantities. */
export function runPipeline(src: SourceDocument): QuantifiedDocument {
  return extractQuantities(structureDocument(cleanDocument(src)));
}

/** Builds a SourceDocument from a file name and its text; the id is the name's numeric prefix. */
export function sourceDocument(sourceFile: string, raw: string): SourceDocument {
  const docId = /^(\d+)/.exec(sourceFile)?.[1] ?? sourceFile.replace(/\.[^.]*$/, '');
  return { docId, sourceFile, raw };
}
