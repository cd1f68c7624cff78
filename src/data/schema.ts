/**
 * The analysts' SQL vocabulary: every table the build writes, its columns, their types and meaning.
 * The manifest carries these descriptions to the schema browser; the README lists them too.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  description: string;
}

export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
}

const col = (name: string, type: ColumnType, description: string): ColumnSpec => ({ name, type, description });

const DOC_ID = col(
  'doc_id',
  'VARCHAR',
  'Document id, the three-digit prefix of the source file name; joins to documents.doc_id',
);
const LINE = col('line', 'INTEGER', '1-based line number in the original source file (blank lines counted)');
const CHAR_START = col(
  'char_start',
  'INTEGER',
  "0-based offset (UTF-16) in the document's clean text where the span starts",
);
const CHAR_END = col('char_end', 'INTEGER', 'Offset where the span ends (exclusive)');

export const TABLES: TableSpec[] = [
  {
    name: 'documents',
    description: 'One row per source document: what it is, who issued it, when, and how damaged its text was.',
    columns: [
      DOC_ID,
      col('source_file', 'VARCHAR', 'Original file name of the source text, e.g. 001_5cfbb2262e75acb8.txt'),
      col('title', 'VARCHAR', 'Title of the document (simplified)'),
      col('kind', 'VARCHAR', 'action_plan, work_points or case_collection'),
      col(
        'district',
        'VARCHAR',
        'District that issued the document (闵行区, 普陀区, 金山区); NULL for the city-wide case collection',
      ),
      col('issuers', 'VARCHAR', 'Issuing bodies, joined with 、'),
      col('doc_number', 'VARCHAR', 'Document number as printed, e.g. 闵府规发〔2023〕3号'),
      col('issue_date', 'DATE', 'Date the document was issued'),
      col('year', 'INTEGER', 'Year of the document (issue year, or the year the cases report on)'),
      col('effective_from', 'DATE', 'First day the document is in force, where stated'),
      col('effective_to', 'DATE', 'Last day the document is in force, where stated'),
      col('script', 'VARCHAR', 'Script of the source file: traditional or simplified'),
      col('lines', 'INTEGER', 'Lines in the source file'),
      col('chars', 'INTEGER', 'Characters in the clean text'),
      col('annotations_stripped', 'INTEGER', 'Inline pinyin annotations removed by the cleaner'),
      col('entities_fixed', 'INTEGER', 'HTML entity remnants turned back into punctuation'),
      col('spans_exact', 'INTEGER', 'Mojibake spans recovered exactly'),
      col('spans_guessed', 'INTEGER', 'Mojibake spans recovered by best guess (see text_repairs.candidates)'),
      col('spans_unrepaired', 'INTEGER', 'Mojibake spans left as they were'),
      col('n_sections', 'INTEGER', 'Headings found'),
      col('n_measures', 'INTEGER', 'Measures found'),
      col('n_cases', 'INTEGER', 'Cases found'),
      col('n_quantities', 'INTEGER', 'Quantities extracted'),
    ],
  },
  {
    name: 'sections',
    description: 'The heading tree of each document (一、 / (一) / 1. / lead sentences).',
    columns: [
      DOC_ID,
      col('section_id', 'VARCHAR', 'Unique id, e.g. 000-s3'),
      col('parent_id', 'VARCHAR', 'section_id of the enclosing heading, NULL at the top'),
      col('level', 'INTEGER', '1 for 一、, 2 for (一), 3 for 1.'),
      col('ordinal', 'VARCHAR', 'The ordinal as written: 一, (一), 1'),
      col('ordinal_num', 'INTEGER', 'The ordinal as a number'),
      col('heading', 'VARCHAR', 'Heading text without its ordinal'),
      LINE,
      CHAR_START,
      CHAR_END,
    ],
  },
  {
    name: 'measures',
    description: 'Each numbered or lead-sentence measure of a plan, with its text and responsible units.',
    columns: [
      DOC_ID,
      col('measure_id', 'VARCHAR', 'Unique id, e.g. 001-m12'),
      col('section_id', 'VARCHAR', 'Enclosing section'),
      col('ordinal', 'VARCHAR', 'Ordinal as written'),
      col('title', 'VARCHAR', 'Lead phrase of the measure, e.g. 市场准入'),
      col('text', 'VARCHAR', 'Full text of the measure (simplified)'),
      col('units_text', 'VARCHAR', 'Responsible-units clause as written (责任单位/牵头单位), NULL if none'),
      col('n_units', 'INTEGER', 'Number of responsible units'),
      LINE,
      CHAR_START,
      CHAR_END,
    ],
  },
  {
    name: 'measure_units',
    description: 'One row per responsible unit of a measure (责任单位：区府办、区行政服务中心 → two rows).',
    columns: [
      DOC_ID,
      col('measure_id', 'VARCHAR', 'The measure'),
      col('unit', 'VARCHAR', 'Responsible unit, e.g. 区府办'),
      col('position', 'INTEGER', '1 for the first-listed (lead) unit, 2 for the next, …'),
      LINE,
    ],
  },
  {
    name: 'cases',
    description: 'One row per case in the case collection: rank, district, title and its parts.',
    columns: [
      DOC_ID,
      col('case_id', 'VARCHAR', 'Unique id, e.g. 003-c10'),
      col('rank', 'INTEGER', 'Rank in the collection (排名)'),
      col('district', 'VARCHAR', 'District the case comes from'),
      col('title', 'VARCHAR', 'Case title (two-line titles joined)'),
      col('background', 'VARCHAR', '工作背景: background'),
      col('practices', 'VARCHAR', '主要做法: what was done'),
      col('results', 'VARCHAR', '工作成效: reported results'),
      LINE,
      col('line_end', 'INTEGER', 'Last source line of the case'),
      CHAR_START,
      CHAR_END,
    ],
  },
  {
    name: 'quantities',
    description: 'One row per stated amount (EXTRACTION-SPEC.md): targets, outcomes, baselines and changes.',
    columns: [
      DOC_ID,
      col('quantity_id', 'VARCHAR', 'Unique id, e.g. 001-q7'),
      LINE,
      CHAR_START,
      CHAR_END,
      col('quantity_text', 'VARCHAR', 'Number with its unit as in the simplified text, e.g. 4.3万个'),
      col('value', 'DOUBLE', 'The number as written (4.3 for 4.3万个)'),
      col('unit', 'VARCHAR', 'Unit as written, simplified (万个, 亿元, 个工作日, %)'),
      col(
        'unit_class',
        'VARCHAR',
        'currency_cny, count, percent, duration_days, duration_minutes, area_m2, multiple, distance_km',
      ),
      col('value_norm', 'DOUBLE', 'Amount in the class base unit: yuan, count, percent, days, minutes, m², km'),
      col('comparator', 'VARCHAR', '=, >=, >, <=, < or ~ (approximate)'),
      col('kind', 'VARCHAR', 'target, outcome, baseline or change'),
      col(
        'category',
        'VARCHAR',
        'jobs, loans, patents, gov_services, approvals, enterprises, talent, legal, social, other',
      ),
      col('chinese_numeral', 'BOOLEAN', 'True when the number is written in Chinese numerals (两周, 千亿级)'),
      col('direction', 'VARCHAR', 'For kind = change: up or down'),
      col('indicator', 'VARCHAR', 'What the amount measures, e.g. 新增城镇就业岗位'),
      col('sentence', 'VARCHAR', 'The sentence the amount stands in (simplified)'),
      col('measure_id', 'VARCHAR', 'Measure the amount belongs to, if any'),
      col('case_id', 'VARCHAR', 'Case the amount belongs to, if any'),
      col('section_id', 'VARCHAR', 'Innermost section the amount stands in'),
      col('year', 'INTEGER', 'Year the amount refers to'),
      col('district', 'VARCHAR', 'District of the document or case'),
    ],
  },
  {
    name: 'passages',
    description:
      'Every non-blank line of every document, clean and in both scripts: the text behind search and provenance.',
    columns: [
      DOC_ID,
      LINE,
      CHAR_START,
      CHAR_END,
      col('text', 'VARCHAR', 'Clean line, simplified'),
      col('text_original', 'VARCHAR', 'Clean line in the source script'),
      col('raw', 'VARCHAR', 'The line exactly as in the source file'),
      col('section_id', 'VARCHAR', 'Innermost section the line belongs to'),
      col('measure_id', 'VARCHAR', 'Measure the line belongs to, if any'),
      col('case_id', 'VARCHAR', 'Case the line belongs to, if any'),
      col('n_repairs', 'INTEGER', 'Mojibake and entity repairs on this line'),
    ],
  },
  {
    name: 'text_repairs',
    description:
      'Every change the cleaner made, or could not make: pinyin stripped, mojibake recovered, entities fixed.',
    columns: [
      DOC_ID,
      col('repair_id', 'VARCHAR', 'Unique id, e.g. 000-r15'),
      LINE,
      CHAR_START,
      CHAR_END,
      col('kind', 'VARCHAR', 'pinyin, mojibake or entity'),
      col('raw', 'VARCHAR', 'The span as in the source file'),
      col('result', 'VARCHAR', 'The span in the clean text (source script)'),
      col('status', 'VARCHAR', 'exact, guessed or unrepaired'),
      col('candidates', 'VARCHAR', 'Alternatives weighed, best first, joined with |'),
      col('rule', 'VARCHAR', 'The rule that fired'),
    ],
  },
  {
    name: 'findings',
    description: "The pipeline's report: what each stage noticed about each document.",
    columns: [
      DOC_ID,
      col('stage', 'VARCHAR', 'clean, structure or quantities'),
      col('rule', 'VARCHAR', 'Rule id'),
      col('severity', 'VARCHAR', 'info, warning or error'),
      LINE,
      col('message', 'VARCHAR', 'What was noticed'),
    ],
  },
];
