import { spanIndex } from './quantities/spanIndex';
import type { QuantifiedDocument, Span } from './types';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;
export type TableRows = Record<string, Row[]>;

/** Turns processed documents into rows for every table in data/schema.ts, in a stable order. */
export function toRows(docs: QuantifiedDocument[]): TableRows {
  const sorted = [...docs].sort((a, b) => a.docId.localeCompare(b.docId));
  return {
    documents: sorted.map(documentRow),
    sections: sorted.flatMap(sectionRows),
    measures: sorted.flatMap(measureRows),
    measure_units: sorted.flatMap(measureUnitRows),
    cases: sorted.flatMap(caseRows),
    quantities: sorted.flatMap(quantityRows),
    passages: sorted.flatMap(passageRows),
    text_repairs: sorted.flatMap(repairRows),
    findings: sorted.flatMap(findingRows),
  };
}

const spanCells = (s: Span): Row => ({ line: s.line, char_start: s.charStart, char_end: s.charEnd });

function documentRow(d: QuantifiedDocument): Row {
  const m = d.meta;
  const year = m.issueDate
    ? Number(m.issueDate.slice(0, 4))
    : /(\d{4})年/.exec(m.title)
      ? Number(/(\d{4})年/.exec(m.title)![1])
      : null;
  return {
    doc_id: d.docId,
    source_file: d.sourceFile,
    title: m.title,
    kind: m.kind,
    district: m.district,
    issuers: m.issuers.join('、'),
    doc_number: m.docNumber,
    issue_date: m.issueDate,
    year,
    effective_from: m.effectiveFrom,
    effective_to: m.effectiveTo,
    script: d.script,
    lines: d.raw.split('\n').length,
    chars: d.text.length,
    annotations_stripped: d.quality.annotationsStripped,
    entities_fixed: d.quality.entitiesFixed,
    spans_exact: d.quality.spansExact,
    spans_guessed: d.quality.spansGuessed,
    spans_unrepaired: d.quality.spansUnrepaired,
    n_sections: d.sections.length,
    n_measures: d.measures.length,
    n_cases: d.cases.length,
    n_quantities: d.quantities.length,
  };
}

function sectionRows(d: QuantifiedDocument): Row[] {
  return d.sections.map((s) => ({
    doc_id: d.docId,
    section_id: s.sectionId,
    parent_id: s.parentId,
    level: s.level,
    ordinal: s.ordinal,
    ordinal_num: s.ordinalNum,
    heading: s.heading,
    ...spanCells(s),
  }));
}

function measureRows(d: QuantifiedDocument): Row[] {
  return d.measures.map((m) => ({
    doc_id: d.docId,
    measure_id: m.measureId,
    section_id: m.sectionId,
    ordinal: m.ordinal,
    title: m.title,
    text: m.text,
    units_text: m.unitsText,
    n_units: m.units.length,
    ...spanCells(m),
  }));
}

function measureUnitRows(d: QuantifiedDocument): Row[] {
  return d.measures.flatMap((m) =>
    m.units.map((unit, i) => ({ doc_id: d.docId, measure_id: m.measureId, unit, position: i + 1, line: m.line })),
  );
}

function caseRows(d: QuantifiedDocument): Row[] {
  return d.cases.map((c) => ({
    doc_id: d.docId,
    case_id: c.caseId,
    rank: c.rank,
    district: c.district,
    title: c.title,
    background: c.background,
    practices: c.practices,
    results: c.results,
    ...spanCells(c),
    line_end: c.lineEnd,
  }));
}

function quantityRows(d: QuantifiedDocument): Row[] {
  const districts = caseDistricts(d);
  return d.quantities.map((q, i) => ({
    doc_id: d.docId,
    quantity_id: `${d.docId}-q${i + 1}`,
    ...spanCells(q),
    quantity_text: q.quantityText,
    value: q.value,
    unit: q.unit,
    unit_class: q.unitClass,
    value_norm: q.valueNorm,
    comparator: q.comparator,
    kind: q.kind,
    category: q.category,
    chinese_numeral: q.chineseNumeral,
    direction: q.direction,
    indicator: q.indicator,
    sentence: q.sentence,
    measure_id: q.measureId,
    case_id: q.caseId,
    section_id: q.sectionId,
    year: q.year,
    district: (q.caseId === null ? undefined : districts.get(q.caseId)) ?? d.meta.district,
  }));
}

/** The district of each case by id; the first case wins when an id repeats. */
function caseDistricts(d: QuantifiedDocument): Map<string, string | null> {
  const districts = new Map<string, string | null>();
  for (const c of d.cases) if (!districts.has(c.caseId)) districts.set(c.caseId, c.district);
  return districts;
}

/** Counts each line's repairs other than stripped pinyin. */
function repairsPerLine(d: QuantifiedDocument): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of d.repairs) if (r.kind !== 'pinyin') counts.set(r.line, (counts.get(r.line) ?? 0) + 1);
  return counts;
}

function passageRows(d: QuantifiedDocument): Row[] {
  const lines = d.text.split('\n');
  const original = d.original.split('\n');
  const raw = d.raw.split('\n');
  const sections = spanIndex(d.sections);
  const measures = spanIndex(d.measures);
  const cases = spanIndex(d.cases);
  const repairs = repairsPerLine(d);
  const rows: Row[] = [];
  let offset = 0;
  lines.forEach((text, i) => {
    const start = offset;
    const end = start + text.length;
    offset = end + 1;
    if (text.trim() === '') return;
    rows.push({
      doc_id: d.docId,
      line: i + 1,
      char_start: start,
      char_end: end,
      text,
      text_original: original[i] ?? text,
      raw: raw[i] ?? '',
      section_id: d.sections[sections.lastStartingAt(start)]?.sectionId ?? null,
      measure_id: measures.containing(start, end)?.measureId ?? null,
      case_id: cases.containing(start, end)?.caseId ?? null,
      n_repairs: repairs.get(i + 1) ?? 0,
    });
  });
  return rows;
}

function repairRows(d: QuantifiedDocument): Row[] {
  return d.repairs.map((r, i) => ({
    doc_id: d.docId,
    repair_id: `${d.docId}-r${i + 1}`,
    line: r.line,
    char_start: r.charStart,
    char_end: r.charEnd,
    kind: r.kind,
    raw: r.raw,
    result: r.result,
    status: r.status,
    candidates: r.candidates.join('|'),
    rule: r.rule,
  }));
}

function findingRows(d: QuantifiedDocument): Row[] {
  return d.findings.map((f) => ({
    doc_id: d.docId,
    stage: f.stage,
    rule: f.rule,
    severity: f.severity,
    line: f.line,
    message: f.message,
  }));
}
