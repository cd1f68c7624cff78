import type { Measure, Section, Span } from '../types';
import { firstSentence, measureTitle } from './leadSentence';
import type { OutlineEntry } from './outlineEntries';
import { parseUnitsClause } from './responsibleUnits';
import type { SourceLine } from './sourceLines';

/** The heading tree and the measures hanging from it. */
export interface Outline {
  sections: Section[];
  measures: Measure[];
}

/** Turns classified body lines into sections (with parents) and measures (with their section and units). */
export function buildOutline(docId: string, entries: OutlineEntry[]): Outline {
  const sections: Section[] = [];
  const measures: Measure[] = [];
  const open: Section[] = [];
  for (const entry of entries) {
    if (entry.role === 'text') continue;
    const level = entry.marker?.level;
    if (level !== undefined) while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    if (entry.role === 'section') {
      const section = toSection(`${docId}-s${sections.length + 1}`, open.at(-1)?.sectionId ?? null, entry);
      sections.push(section);
      open.push(section);
    } else measures.push(toMeasure(`${docId}-m${measures.length + 1}`, open.at(-1)?.sectionId ?? null, entry));
  }
  return { sections, measures };
}

/** The span of a whole line, so that a line's passage falls inside the row it belongs to. */
export function lineSpan(source: SourceLine): Span {
  return { line: source.line, charStart: source.start, charEnd: source.end };
}

function toSection(sectionId: string, parentId: string | null, { marker, rest, source }: OutlineEntry): Section {
  return {
    sectionId,
    parentId,
    level: marker!.level,
    ordinal: marker!.ordinal,
    ordinalNum: marker!.ordinalNum,
    heading: firstSentence(rest),
    ...lineSpan(source),
  };
}

function toMeasure(measureId: string, sectionId: string | null, { marker, rest, source }: OutlineEntry): Measure {
  const clause = parseUnitsClause(rest);
  const text = clause?.body ?? rest;
  return {
    measureId,
    sectionId,
    ordinal: marker?.ordinal ?? '',
    title: measureTitle(text),
    text,
    unitsText: clause?.unitsText ?? null,
    units: clause?.units ?? [],
    ...lineSpan(source),
  };
}
