/** A cleaner's change on a span of a line, as text_repairs records it. */
export interface RepairMark {
  char_start: number;
  char_end: number;
  kind: string;
  raw: string;
  result: string;
  status: 'exact' | 'guessed' | 'unrepaired' | string;
  candidates: string | null;
}

export interface LinePart {
  text: string;
  repair: RepairMark | null;
}

/** A run of a line inside or outside the highlighted span, split further where repairs begin and end. */
export interface LinePiece {
  highlight: boolean;
  parts: LinePart[];
}

/**
 * Cuts a line into pieces for display: the highlighted span (document offsets [start, end)) as one piece per line,
 * with repaired spans marked inside and outside it. `lineStart` is the line's offset in the document.
 */
export function lineSegments(text: string, lineStart: number, highlight: { start: number; end: number } | null, repairs: RepairMark[]): LinePiece[] {
  const clip = (offset: number) => Math.min(text.length, Math.max(0, offset - lineStart));
  const span = highlight ? { start: clip(highlight.start), end: clip(highlight.end) } : null;
  const marks = repairs.map((r) => ({ repair: r, start: clip(r.char_start), end: clip(r.char_end) })).filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...(span ? [span.start, span.end] : []), ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces: LinePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const inSpan = span !== null && span.start <= from && to <= span.end && span.end > span.start;
    const repair = marks.find((m) => m.start <= from && to <= m.end)?.repair ?? null;
    append(pieces, inSpan, { text: text.slice(from, to), repair });
  }
  return pieces;
}

function append(pieces: LinePiece[], highlight: boolean, part: LinePart): void {
  const last = pieces.at(-1);
  if (!last || last.highlight !== highlight) {
    pieces.push({ highlight, parts: [part] });
    return;
  }
  const previous = last.parts.at(-1)!;
  if (previous.repair === part.repair) previous.text += part.text;
  else last.parts.push(part);
}
