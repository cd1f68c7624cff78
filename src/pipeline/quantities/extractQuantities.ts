import type {
  CaseRecord,
  DocumentMeta,
  Finding,
  Measure,
  QuantifiedDocument,
  Quantity,
  Section,
  StructuredDocument,
} from '../types';
import { detectCategory } from './detectCategory';
import { detectComparator } from './detectComparator';
import { detectKind } from './detectKind';
import { exclusionReason } from './exclusions';
import { findCandidates, type Candidate } from './findCandidates';
import { findIndicator } from './findIndicator';
import { isChineseAmount } from './isChineseAmount';
import { referenceYear } from './referenceYear';
import { spanIndex, type SpanIndex } from './spanIndex';
import { clauseAt, lineAt, lineIndex, numberBounds, sentenceAt } from './textSpans';

/**
 * Extracts every stated amount of a structured document (EXTRACTION-SPEC.md): finds numbers with their
 * units, drops years, dates, ordinals, versions, formulas and names, then reads each amount's unit,
 * normalised value, comparator, kind, category, indicator, sentence and year. Numbers it skips for want
 * of a unit are recorded as findings.
 */
export function extractQuantities(doc: StructuredDocument): QuantifiedDocument {
  const findings: Finding[] = [];
  const quantities: Quantity[] = [];
  const year = documentYear(doc.meta);
  const lineOf = lineIndex(doc.text);
  const spans = documentSpans(doc);
  for (const c of findCandidates(doc.text)) {
    if (exclusionReason(c, doc.text) !== null) continue;
    if (!c.unit && !c.plus) {
      if (!c.chinese) findings.push(noUnitFinding(c, doc.text, lineOf(c.numberStart)));
      continue;
    }
    if (c.chinese && !isChineseAmount(c, doc.text)) continue;
    quantities.push(toQuantity(c, doc, { year, line: lineOf(c.start), spans }, quantities.at(-1)));
  }
  return { ...doc, quantities, findings: [...doc.findings, ...findings] };
}

/** The document's sections, measures and cases, indexed once for every amount to look up. */
interface DocumentSpans {
  sections: SpanIndex<Section>;
  measures: SpanIndex<Measure>;
  cases: SpanIndex<CaseRecord>;
}

function documentSpans(doc: StructuredDocument): DocumentSpans {
  return { sections: spanIndex(doc.sections), measures: spanIndex(doc.measures), cases: spanIndex(doc.cases) };
}

function toQuantity(
  c: Candidate,
  doc: StructuredDocument,
  at: { year: number | null; line: number; spans: DocumentSpans },
  previous: Quantity | undefined,
): Quantity {
  const { year, spans } = at;
  const text = doc.text;
  const unit = c.unit ?? { unit: '', unitClass: 'count' as const, factor: 1 };
  const bounds = numberBounds(text, c.numberStart);
  const { sentence, clause } = bounds;
  const indicator = findIndicator(
    c,
    text,
    previous && previous.charStart >= sentence.start ? previous.indicator : null,
  );
  const measure = spans.measures.containing(c.start, c.end);
  const section = spans.sections.containing(c.start, c.end) ?? doc.sections[spans.sections.lastStartingAt(c.start)];
  const inBackground = /背景|基本情况/.test(partHeading(doc, spans, c.start)?.heading ?? '');
  const { kind, direction, former } = detectKind(c, text, { docKind: doc.meta.kind, inBackground }, bounds);
  // A report's pre-reform figures and forecasts do not belong to the report year unless a year is written.
  const undated = doc.meta.kind === 'case_collection' && (former || kind === 'target');
  const wider = [
    text.slice(sentence.start, sentence.end),
    measure?.title ?? '',
    paragraphLead(text, c.start),
    section?.heading ?? '',
  ];
  return {
    line: at.line,
    charStart: c.start,
    charEnd: c.end,
    quantityText: text.slice(c.start, c.end),
    value: c.value,
    unit: unit.unit,
    unitClass: unit.unitClass,
    valueNorm: normalise(c.value, unit.factor),
    comparator: detectComparator(c, text, clause).comparator,
    kind,
    category: detectCategory(
      indicator,
      text.slice(clause.start, clause.end),
      wider,
      clauseLead(text, clause.start, c.numberStart),
    ),
    chineseNumeral: c.chinese,
    direction,
    indicator,
    sentence: text.slice(sentence.start, sentence.end),
    measureId: measure?.measureId ?? null,
    caseId: spans.cases.containing(c.start, c.end)?.caseId ?? null,
    sectionId: section?.sectionId ?? null,
    year: referenceYear(c, text, undated ? null : year, sentence),
  };
}

/**
 * Converts to the base unit, rounded to six decimals: seconds in minutes (1秒 = 0.016667) need no more,
 * and the rounding removes binary noise such as 8.91 × 10000 = 89100.00000000001.
 */
function normalise(value: number, factor: number): number {
  return Math.round(value * factor * 1e6) / 1e6;
}

/** The year of the document: its issue date, else a year in its title (a case collection's report year). */
function documentYear(meta: DocumentMeta): number | null {
  const written = meta.issueDate ?? /((?:19|20)\d{2})年/.exec(meta.title)?.[1] ?? null;
  return written === null ? null : Number(written.slice(0, 4));
}

/**
 * The words before an amount in its clause, after any other amount and list item; a clause that opens
 * with 共, 合计 or 其中 continues the one before it ("有25家企业购买知识产权保险,共投保保费29.9万元"), which
 * is then included. A list item ("知识产权质押贷、银税贷、经营贷等160余款") qualifies only itself.
 */
function clauseLead(text: string, clauseStart: number, numberStart: number): string {
  const continues =
    /^(?:共|合计|总计|其中)/.test(text.slice(clauseStart, numberStart)) && /[，,]/.test(text[clauseStart - 1] ?? '');
  const start = continues ? clauseAt(text, clauseStart - 2).start : clauseStart;
  return (
    text
      .slice(start, numberStart)
      .split(/[、0-9０-９]/)
      .at(-1) ?? ''
  );
}

/** The lead sentence of the paragraph, which in a work-points document names its topic. */
function paragraphLead(text: string, pos: number): string {
  const line = lineAt(text, pos);
  const lead = sentenceAt(text, line.start + (text.slice(line.start, line.end).search(/\S/) || 0));
  return text.slice(lead.start, lead.end);
}

/** The last heading before an offset within the same case (or document): the part an amount stands in. */
function partHeading(doc: StructuredDocument, spans: DocumentSpans, pos: number): Section | undefined {
  const scope = spans.cases.containing(pos, pos)?.charStart ?? 0;
  const last = doc.sections[spans.sections.lastStartingAt(pos)];
  return last && last.charStart >= scope ? last : undefined;
}

function noUnitFinding(c: Candidate, text: string, line: number): Finding {
  const number = text.slice(c.numberStart, c.numberEnd);
  const next = text.slice(c.numberEnd, c.numberEnd + 4).split('\n')[0] ?? '';
  return {
    stage: 'quantities',
    rule: 'number-without-unit',
    severity: 'info',
    line,
    message: `skipped ${number} before "${next}": no unit the stage knows follows it`,
  };
}
