/** Where a number or hit came from: a document line, and optionally the span's offsets in the clean text. */
export interface ProvenanceTarget {
  docId: string;
  line: number;
  charStart?: number | null;
  charEnd?: number | null;
}
