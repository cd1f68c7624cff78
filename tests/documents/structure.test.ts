import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean/cleanDocument';
import { sourceDocument } from '../../src/pipeline/runPipeline';
import { structureDocument } from '../../src/pipeline/structure/structureDocument';
import type { Span, StructuredDocument } from '../../src/pipeline/types';
import { CORPUS_FILES, expectGolden, readCorpusFile } from './golden';

const structured = (file: string) => structureDocument(cleanDocument(sourceDocument(file, readCorpusFile(file))));
const docs = Object.fromEntries(CORPUS_FILES.map((file) => [file.slice(0, 3), structured(file)])) as Record<
  string,
  StructuredDocument
>;
const doc = (id: string) => docs[id]!;

/** Texts in goldens are cut short: enough to check by eye against the source, small enough to review. */
const trim = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** One JSON object per line, so a changed row shows as one changed line. */
function goldenJson(d: StructuredDocument): string {
  const tables: [string, unknown[]][] = [
    [
      'sections',
      d.sections.map((s) => ({
        id: s.sectionId,
        parent: s.parentId,
        level: s.level,
        ordinal: s.ordinal,
        heading: trim(s.heading),
        line: s.line,
      })),
    ],
    [
      'measures',
      d.measures.map((m) => ({
        id: m.measureId,
        section: m.sectionId,
        ordinal: m.ordinal,
        title: m.title,
        text: trim(m.text),
        units: m.units,
        line: m.line,
      })),
    ],
    [
      'cases',
      d.cases.map((c) => ({
        id: c.caseId,
        rank: c.rank,
        district: c.district,
        title: c.title,
        background: trim(c.background),
        practices: trim(c.practices),
        results: trim(c.results),
        line: c.line,
        lineEnd: c.lineEnd,
      })),
    ],
    [
      'findings',
      d.findings
        .filter((f) => f.stage === 'structure')
        .map((f) => ({ rule: f.rule, severity: f.severity, line: f.line, message: f.message })),
    ],
  ];
  const body = tables.map(
    ([name, rows]) =>
      `  "${name}": [${rows.map((r) => `\n    ${JSON.stringify(r)}`).join(',')}${rows.length ? '\n  ' : ''}]`,
  );
  return `{\n  "sourceFile": ${JSON.stringify(d.sourceFile)},\n  "meta": ${JSON.stringify(d.meta)},\n${body.join(',\n')}\n}\n`;
}

describe.each(CORPUS_FILES.map((f) => f.slice(0, 3)))('structure of %s', (id) => {
  it('matches its golden', () => expectGolden(`${id}.structure.json`, goldenJson(doc(id))));

  it('places every row at the start of its source line', () => {
    const starts = [0, ...[...doc(id).text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const rows: Span[] = [...doc(id).sections, ...doc(id).measures, ...doc(id).cases];
    for (const row of rows) expect(row.charStart, `row at line ${row.line}`).toBe(starts[row.line - 1]);
  });

  it('gives every section a parent that comes before it at a lower level', () => {
    const byId = new Map(doc(id).sections.map((s, i) => [s.sectionId, { ...s, i }]));
    doc(id).sections.forEach((s, i) => {
      if (s.parentId === null) return;
      const parent = byId.get(s.parentId)!;
      expect(parent.i).toBeLessThan(i);
      expect(parent.level).toBeLessThan(s.level);
    });
  });
});

describe('000, Minhang action plan 2023', () => {
  it('reads the number, date, period and the government behind the unsigned notice', () => {
    expect(doc('000').meta).toEqual({
      title: '闵行区持续优化营商环境激发市场活力行动方案',
      kind: 'action_plan',
      district: '闵行区',
      issuers: ['上海市闵行区人民政府'],
      docNumber: '闵府规发〔2023〕3号',
      issueDate: '2023-03-03',
      effectiveFrom: '2023-04-15',
      effectiveTo: '2026-04-14',
    });
  });

  it('has six chapters and 23 (一)-style measures (一)…(二十三), none with units', () => {
    expect(doc('000').sections.map((s) => s.ordinal)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(doc('000').measures).toHaveLength(23);
    expect(
      doc('000')
        .measures.slice(0, 3)
        .map((m) => m.ordinal),
    ).toEqual(['(一)', '(二)', '(三)']);
    expect(doc('000').measures.at(-1)).toMatchObject({ ordinal: '(二十三)', title: '加强宣传推介' });
    expect(doc('000').measures.flatMap((m) => m.units)).toEqual([]);
  });
});

describe('001, Putuo action plan 2021', () => {
  it('reads both signing bodies and the date line', () => {
    expect(doc('001').meta).toMatchObject({
      issuers: ['中共上海市普陀区委办公室', '上海市普陀区人民政府办公室'],
      issueDate: '2021-03-05',
      district: '普陀区',
      docNumber: null,
    });
  });

  it('has 5 chapters over 23 (一) headings and measures numbered 1 to 100, each with units', () => {
    expect(doc('001').sections.filter((s) => s.level === 1)).toHaveLength(5);
    expect(doc('001').sections.filter((s) => s.level === 2)).toHaveLength(23);
    expect(doc('001').measures.map((m) => Number(m.ordinal))).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(doc('001').measures.every((m) => m.units.length > 0)).toBe(true);
    expect(doc('001').measures.reduce((n, m) => n + m.units.length, 0)).toBe(189);
  });
});

describe('002, Jinshan work points 2023', () => {
  it('is work points, signed by the reform office, with an empty number field', () => {
    expect(doc('002').meta).toMatchObject({
      kind: 'work_points',
      district: '金山区',
      issueDate: '2023-08-04',
      docNumber: null,
    });
  });

  it('has 16 headings and 32 lead-sentence measures', () => {
    expect(doc('002').sections).toHaveLength(16);
    expect(doc('002').measures).toHaveLength(32);
    expect(doc('002').measures.every((m) => m.ordinal === '' && m.sectionId !== null)).toBe(true);
  });
});

describe('003, city case collection 2023', () => {
  const cases = doc('003').cases;

  it('is a case collection with no district, issuer or measures of its own', () => {
    expect(doc('003').meta).toMatchObject({
      kind: 'case_collection',
      district: null,
      issuers: [],
      title: '2023年度各区优化营商环境优秀案例',
    });
    expect(doc('003').measures).toEqual([]);
  });

  it('has exactly 11 cases ranked 10 to 20, each with a title and a district', () => {
    expect(cases.map((c) => c.rank)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(cases.map((c) => c.district)).toEqual([
      '金山区',
      '嘉定区',
      '杨浦区',
      '虹口区',
      '黄浦区',
      '静安区',
      '崇明区',
      '普陀区',
      '虹口区',
      '嘉定区',
      '闵行区',
    ]);
    expect(cases.every((c) => c.title.length > 0)).toBe(true);
  });

  it('gives every case background and practices; only 静安 (15) lacks a results part', () => {
    expect(cases.every((c) => c.background !== '' && c.practices !== '')).toBe(true);
    expect(cases.filter((c) => c.results === '').map((c) => c.rank)).toEqual([15]);
  });
});

describe('004, Jinshan action plan 2025', () => {
  it('reads the forwarding notice: number, office and its date', () => {
    expect(doc('004').meta).toMatchObject({
      docNumber: '金府办发〔2025〕4号',
      issuers: ['上海市金山区人民政府办公室'],
      issueDate: '2025-03-14',
      kind: 'action_plan',
    });
  });

  it('has 14 headings and 52 measures, each with responsible units', () => {
    expect(doc('004').sections).toHaveLength(14);
    expect(doc('004').measures).toHaveLength(52);
    expect(doc('004').measures.every((m) => m.units.length > 0)).toBe(true);
    expect(doc('004').measures.reduce((n, m) => n + m.units.length, 0)).toBe(132);
  });
});
