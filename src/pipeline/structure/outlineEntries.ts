import { parseHeadingMarker, type HeadingMarker } from './headingMarker';
import { hasLeadSentence } from './leadSentence';
import { parseUnitsClause } from './responsibleUnits';
import type { SourceLine } from './sourceLines';

/** A body line read as a heading, a measure, or neither. */
export interface OutlineEntry {
  role: 'section' | 'measure' | 'text';
  source: SourceLine;
  marker: HeadingMarker | null;
  /** The line after its marker. */
  rest: string;
}

/**
 * Reads each non-blank body line as a section heading, a measure or plain text. A numbered line is a
 * measure when it says something (has a full stop or a units clause) and no deeper-numbered line follows
 * before its next sibling: so 001's "(一)…具体措施:" is a heading over measures 1.–7., while 000's
 * "(一)便捷市场准入退出。…" items, which have nothing under them, are the measures. An unnumbered
 * paragraph that opens with a lead sentence (002's "加强组织领导。…") is a measure too. A case collection
 * has no measures: its numbered lines are all headings.
 */
export function outlineEntries(lines: SourceLine[], bodyFrom: number, withMeasures: boolean): OutlineEntry[] {
  const entries = lines
    .slice(bodyFrom)
    .filter((l) => l.content !== '')
    .map(readLine);
  return entries.map((e, i) => ({
    ...e,
    role: withMeasures ? measureOrNot(e, entries.slice(i + 1)) : e.marker ? 'section' : 'text',
  }));
}

function readLine(source: SourceLine): OutlineEntry {
  const marker = parseHeadingMarker(source.content);
  return { role: 'text', source, marker, rest: source.content.slice(marker?.length ?? 0).trim() };
}

function measureOrNot(entry: OutlineEntry, following: OutlineEntry[]): OutlineEntry['role'] {
  if (!entry.marker) return hasLeadSentence(entry.rest) ? 'measure' : 'text';
  return saysSomething(entry.rest) && isLeaf(entry.marker, following) ? 'measure' : 'section';
}

function saysSomething(rest: string): boolean {
  return /[。！？；]/.test(rest) || parseUnitsClause(rest) !== null;
}

function isLeaf(marker: HeadingMarker, following: OutlineEntry[]): boolean {
  const next = following.find((e) => e.marker !== null);
  return !next || next.marker!.level <= marker.level;
}
