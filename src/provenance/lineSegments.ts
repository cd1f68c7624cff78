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
  /** Inside the sentence around the highlight (the highlight itself included). */
  sentence: boolean;
  parts: LinePart[];
}

const SENTENCE_END = /[。！？；!?;]/;

/**
 * Widens a span (offsets within one line) to its sentence: back to just after the previous 。！？； or the
 * line start, forward through the next one or to the line end.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  return { start: from, end: to };
}

/**
 * Cuts a line into pieces for display: the highlighted span (document offsets [start, end)) as one piece per line,
 * with repaired spans marked inside and outside it. `lineStart` is the line's offset in the document.
 */
export function lineSegments(
  text: string,
  lineStart: number,
  highlight: { start: number; end: number } | null,
  repairs: RepairMark[],
): LinePiece[] {
  const clip = (offset: number) => Math.min(text.length, Math.max(0, offset - lineStart));
  const span = highlight ? { start: clip(highlight.start), end: clip(highlight.end) } : null;
  const sentence = span && span.end > span.start ? sentenceAround(text, span.start, span.end) : null;
  const marks = repairs
    .map((r) => ({ repair: r, start: clip(r.char_start), end: clip(r.char_end) }))
    .filter((m) => m.end > m.start);
  const bounds = [span, sentence].flatMap((b) => (b ? [b.start, b.end] : []));
  const cuts = [...new Set([0, text.length, ...bounds, ...marks.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const within = (b: { start: number; end: number } | null, from: number, to: number) =>
    b !== null && b.end > b.start && b.start <= from && to <= b.end;
  const pieces: LinePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const repair = marks.find((m) => m.start <= from && to <= m.end)?.repair ?? null;
    append(pieces, within(span, from, to), within(sentence, from, to), { text: text.slice(from, to), repair });
  }
  return pieces;
}

function append(pieces: LinePiece[], highlight: boolean, sentence: boolean, part: LinePart): void {
  const last = pieces.at(-1);
  if (!last || last.highlight !== highlight || last.sentence !== sentence) {
    pieces.push({ highlight, sentence, parts: [part] });
    return;
  }
  const previous = last.parts.at(-1)!;
  if (previous.repair === part.repair) previous.text += part.text;
  else last.parts.push(part);
}
