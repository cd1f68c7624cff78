import type { CaseRecord, Finding, Section } from '../types';
import { casePartOf, type CasePart } from './casePart';
import type { OutlineEntry } from './outlineEntries';
import { mainDistrict } from './shanghaiDistricts';
import { structureFinding } from './structureFinding';

/** Cases of a collection and what was noticed about them. */
export interface CaseReading {
  cases: CaseRecord[];
  findings: Finding[];
}

/** Longest line still read as part of a case title. */
const MAX_TITLE_LINE = 32;
const MAX_TITLE_LINES = 2;

/** Reads the cases of a collection: each runs from its 排名 line to the next one. */
export function readCases(docId: string, entries: OutlineEntry[]): CaseReading {
  const starts = entries.flatMap((e, i) => (e.marker?.level === 0 ? [i] : []));
  const reading: CaseReading = { cases: [], findings: [] };
  starts.forEach((start, k) => {
    const { record, findings } = readCase(entries.slice(start, starts[k + 1] ?? entries.length));
    record.caseId = uniqueId(`${docId}-c${record.rank}`, reading.cases);
    reading.cases.push(record);
    reading.findings.push(...findings);
  });
  return reading;
}

function readCase(entries: OutlineEntry[]): { record: CaseRecord; findings: Finding[] } {
  const [head, ...rest] = entries as [OutlineEntry, ...OutlineEntry[]];
  const titleCount = titleLineCount(rest);
  const title = joinTitle(rest.slice(0, titleCount).map((e) => e.source.content));
  const { parts, findings } = caseParts(rest.slice(titleCount));
  const district = mainDistrict([title, ...rest.map((e) => e.source.content)].join('\n'));
  if (!district)
    findings.push(
      structureFinding(
        'case-district-missing',
        'warning',
        head.source.line,
        `case ${head.marker!.ordinal} names no district`,
      ),
    );
  const last = entries.at(-1)!.source;
  const record: CaseRecord = {
    caseId: '',
    rank: head.marker!.ordinalNum ?? 0,
    district,
    title,
    ...parts,
    line: head.source.line,
    charStart: head.source.start,
    charEnd: last.end,
    lineEnd: last.line,
  };
  return { record, findings: [...findings, ...missingParts(record, head.source.line)] };
}

function titleLineCount(entries: OutlineEntry[]): number {
  const isTitleLine = (e: OutlineEntry | undefined) =>
    e !== undefined && !e.marker && e.source.content.length <= MAX_TITLE_LINE && !/[。！？]$/.test(e.source.content);
  let n = 0;
  while (n < MAX_TITLE_LINES && isTitleLine(entries[n])) n++;
  return n;
}

/**
 * Joins a title set over two lines. Parallel phrases ("打造“一环两专”服务" / "拓展产融合作渠道") are
 * joined with a space, as the documents themselves write such titles on one line; a first line holding a
 * comma is a sentence that wrapped ("…,助力闵行" / "产业发展…") and is joined directly.
 */
export function joinTitle(lines: string[]): string {
  return lines.join(/[,，]/.test(lines[0] ?? '') ? '' : ' ');
}

/**
 * Sorts a case's lines into its parts. Text before the first heading is background; a labelled heading
 * (工作背景, 主要做法, 工作成效 and their variants) starts that part; a topical heading ("实施信用监管,
 * 助力…") is practices, or results once results have begun (经验启示 after 工作成效).
 */
function caseParts(entries: OutlineEntry[]): { parts: Record<CasePart, string>; findings: Finding[] } {
  const texts: Record<CasePart, string[]> = { background: [], practices: [], results: [] };
  const findings: Finding[] = [];
  let part: CasePart = 'background';
  for (const entry of entries) {
    const label = entry.marker?.level === 1 ? casePartOf(entry.rest) : undefined;
    if (label) part = label;
    else if (label === null) {
      part = part === 'results' ? 'results' : 'practices';
      findings.push(
        structureFinding(
          'case-heading-unlabelled',
          'info',
          entry.source.line,
          `heading "${entry.rest}" names no part; read as ${part}`,
        ),
      );
    }
    if (!label) texts[part].push(entry.source.content);
  }
  return {
    parts: {
      background: texts.background.join('\n'),
      practices: texts.practices.join('\n'),
      results: texts.results.join('\n'),
    },
    findings,
  };
}

function missingParts(record: CaseRecord, line: number): Finding[] {
  return (['background', 'practices', 'results'] as const)
    .filter((part) => record[part] === '')
    .map((part) => structureFinding('case-part-missing', 'warning', line, `case ${record.rank} has no ${part}`));
}

function uniqueId(id: string, taken: CaseRecord[]): string {
  let candidate = id;
  for (let n = 2; taken.some((c) => c.caseId === candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Gives each case's 排名 heading the case title, so the heading tree reads as a list of cases. */
export function withCaseTitles(sections: Section[], cases: CaseRecord[]): Section[] {
  return sections.map((s) => ({
    ...s,
    heading: s.level === 0 ? (cases.find((c) => c.line === s.line)?.title ?? s.heading) : s.heading,
  }));
}
