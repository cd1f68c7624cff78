/**
 * The typed documents that flow through the pipeline: source → clean → structured → quantified.
 * Every stage is a pure function from one of these to the next; none touches files or the network,
 * so the browser can run the same stages on a user's own document.
 */

/** Severity of a finding, from "worth knowing" to "data may be wrong". */
export type Severity = 'info' | 'warning' | 'error';

/** One problem or remark a stage records about a document instead of throwing. */
export interface Finding {
  stage: 'clean' | 'structure' | 'quantities';
  rule: string;
  severity: Severity;
  /** 1-based line in the source file. */
  line: number;
  message: string;
}

/** A source file as read from disk, untouched. */
export interface SourceDocument {
  /** Three-digit prefix of the file name, e.g. "001". */
  docId: string;
  /** The original file name, e.g. "001_5cfbb2262e75acb8.txt". */
  sourceFile: string;
  raw: string;
}

export type RepairKind = 'pinyin' | 'mojibake' | 'entity';
export type RepairStatus = 'exact' | 'guessed' | 'unrepaired';

/** One change the cleaner made (or could not make) to the source text. */
export interface TextRepair {
  kind: RepairKind;
  /** 1-based source line. */
  line: number;
  /** Offsets (UTF-16, 0-based, end exclusive) of the result in the document's clean text. */
  charStart: number;
  charEnd: number;
  /** The span as it stands in the source file. */
  raw: string;
  /** The span as it stands in the clean text (original script). */
  result: string;
  status: RepairStatus;
  /** Alternatives the repairer weighed, best first (empty when the repair is exact). */
  candidates: string[];
  /** Which rule fired, for the findings report. */
  rule: string;
}

/** Per-document data-quality figures. */
export interface QualitySummary {
  annotationsStripped: number;
  entitiesFixed: number;
  spansExact: number;
  spansGuessed: number;
  spansUnrepaired: number;
}

export type Script = 'traditional' | 'simplified';

/**
 * A cleaned document. Cleaning never adds or removes a newline, so line i of `text` is line i of the
 * source file; `original` and `text` have the same length line by line, so offsets work in both.
 */
export interface CleanDocument extends SourceDocument {
  /** Clean text in simplified characters: what the structure and quantity stages read. */
  text: string;
  /** Clean text in the source's own script (pinyin and mojibake repaired, not converted). */
  original: string;
  script: Script;
  repairs: TextRepair[];
  quality: QualitySummary;
  findings: Finding[];
}

export type DocumentKind = 'action_plan' | 'work_points' | 'case_collection';

/** Placement of a row in the clean text. */
export interface Span {
  /** 1-based source line where the span starts. */
  line: number;
  charStart: number;
  charEnd: number;
}

export interface DocumentMeta {
  title: string;
  kind: DocumentKind;
  district: string | null;
  issuers: string[];
  docNumber: string | null;
  /** ISO date, YYYY-MM-DD. */
  issueDate: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface Section extends Span {
  sectionId: string;
  parentId: string | null;
  level: number;
  /** The ordinal as written: "一", "(一)", "1". */
  ordinal: string;
  ordinalNum: number | null;
  heading: string;
}

export interface Measure extends Span {
  measureId: string;
  sectionId: string | null;
  ordinal: string;
  /** The lead phrase or sentence, e.g. "市场准入". */
  title: string;
  text: string;
  /** The responsible-units clause as written, without its label. */
  unitsText: string | null;
  units: string[];
}

export interface CaseRecord extends Span {
  caseId: string;
  rank: number;
  district: string | null;
  title: string;
  background: string;
  practices: string;
  results: string;
  lineEnd: number;
}

export interface StructuredDocument extends CleanDocument {
  meta: DocumentMeta;
  sections: Section[];
  measures: Measure[];
  cases: CaseRecord[];
}

export type UnitClass =
  'currency_cny' | 'count' | 'percent' | 'duration_days' | 'duration_minutes' | 'area_m2' | 'multiple' | 'distance_km';
export type Comparator = '=' | '>=' | '>' | '<=' | '<' | '~';
export type QuantityKind = 'target' | 'outcome' | 'baseline' | 'change';
export type Category =
  'jobs' | 'loans' | 'patents' | 'gov_services' | 'approvals' | 'enterprises' | 'talent' | 'legal' | 'social' | 'other';

/** One stated amount, as EXTRACTION-SPEC.md defines it. */
export interface Quantity extends Span {
  quantityText: string;
  value: number;
  unit: string;
  unitClass: UnitClass;
  valueNorm: number;
  comparator: Comparator;
  kind: QuantityKind;
  category: Category;
  chineseNumeral: boolean;
  /** For kind "change": "up" or "down". */
  direction: 'up' | 'down' | null;
  /** What the amount measures, e.g. "新增城镇就业岗位". */
  indicator: string;
  sentence: string;
  measureId: string | null;
  caseId: string | null;
  sectionId: string | null;
  /** The year the amount refers to, where the text or document says. */
  year: number | null;
}

export interface QuantifiedDocument extends StructuredDocument {
  quantities: Quantity[];
}
