import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchSql } from '../../../src/search/buildSearchSql';
import { openCorpus, openEmptySchema, type TestDb } from './duckdb';

describe('buildSearchSql text', () => {
  it('converts 閔行 to 闵行 for the simplified text and keeps 閔行 for the source script', () => {
    const sql = buildSearchSql('閔行');
    expect(sql).toContain("text ILIKE '%闵行%' ESCAPE '\\'");
    expect(sql).toContain("text_original ILIKE '%閔行%' ESCAPE '\\'");
    expect(sql).toContain("concat_ws(' ', title, text) ILIKE '%闵行%' ESCAPE '\\'");
  });

  it('requires every term: two terms give two AND-ed conditions per table', () => {
    const sql = buildSearchSql('闵行 就业');
    expect(sql.match(/\n {4}AND /g)).toHaveLength(3);
  });

  it("escapes quotes and wildcards: o'k 50%", () => {
    const sql = buildSearchSql("o'k 50%");
    expect(sql).toContain("'%o''k%'");
    expect(sql).toContain("'%50\\%%'");
    expect(sql).not.toMatch(/[^']'k/);
  });

  it('refuses an empty search', () => {
    expect(() => buildSearchSql(' \u3000 ')).toThrow('Type at least one word to search for.');
  });
});

describe('buildSearchSql on fixtures', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openEmptySchema();
    await db.run(`INSERT INTO passages (doc_id, line, char_start, char_end, text, text_original) VALUES
      ('002', 5, 100, 112, '闵行区推进政府职能转变', '閔行區推進政府職能轉變'),
      ('002', 7, 200, 209, '𠀀𠀀闵行区提高50%', '𠀀𠀀閔行區提高50%'),
      ('003', 9, 300, 306, '提高500个', '提高500个'),
      ('003', 11, 400, 412, 'Moderna在闵行落户', 'Moderna在闵行落户')`);
    await db.run(`INSERT INTO measures (doc_id, measure_id, title, text, line, char_start, char_end) VALUES
      ('001', '001-m1', '市场准入', '在闵行区试点证照分离', 20, 900, 910)`);
    await db.run(`INSERT INTO cases (doc_id, case_id, district, title, background, practices, results, line, char_start, char_end) VALUES
      ('003', '003-c1', '闵行区', '审批高速路', '背景', '做法', '仅用时12个自然日', 178, 18995, 19500)`);
  });
  afterAll(() => db.close());

  it('a traditional search finds simplified measures, cases and passages, measures first', async () => {
    const rows = await db.rows(buildSearchSql('閔行區'));
    expect(rows.map((r) => `${r.kind} ${r.doc_id}:${r.line}`)).toEqual([
      'measure 001:20',
      'case 003:178',
      'passage 002:5',
      'passage 002:7',
    ]);
  });

  it('gives a passage hit the span of the first term, in UTF-16 offsets past astral characters', async () => {
    const rows = await db.rows(buildSearchSql('闵行'));
    const passage = rows.filter((r) => r.kind === 'passage').map((r) => [r.line, r.char_start, r.char_end]);
    expect(passage).toEqual([
      [5, 100, 102],
      [7, 204, 206],
      [11, 408, 410],
    ]);
  });

  it('matches 50% literally, not as a wildcard', async () => {
    const rows = await db.rows(buildSearchSql('50%'));
    expect(rows.map((r) => r.line)).toEqual([7]);
  });

  it('matches Latin text regardless of case, and snippets around the hit', async () => {
    const rows = await db.rows(buildSearchSql('moderna 落户'));
    expect(rows).toEqual([expect.objectContaining({ kind: 'passage', line: 11, snippet: 'Moderna在闵行落户' })]);
  });

  it('finds nothing when one term is missing', async () => {
    expect(await db.rows(buildSearchSql('闵行 不存在的词'))).toEqual([]);
  });
});

describe('buildSearchSql on the built corpus', () => {
  let db: TestDb;
  beforeAll(async () => (db = await openCorpus()));
  afterAll(() => db.close());

  it('閔行 (traditional) finds 闵行 in the simplified text, with offsets on the word', async () => {
    const hits = await db.rows(buildSearchSql('閔行'));
    const passages = hits.filter((h) => h.kind === 'passage');
    expect(passages.length).toBeGreaterThan(0);
    for (const hit of passages.slice(0, 20)) {
      const [line] = await db.rows(
        `SELECT text, text_original, char_start FROM passages WHERE doc_id = '${hit.doc_id}' AND line = ${hit.line}`,
      );
      const from = Number(hit.char_start) - Number(line!.char_start);
      const span = [line!.text, line!.text_original].map((t) => String(t).slice(from, from + 2));
      expect(span.some((s) => s === '闵行' || s === '閔行')).toBe(true);
    }
  });

  it('金山區 finds the Jinshan documents whichever script their lines are in', async () => {
    const hits = await db.rows(buildSearchSql('金山區'));
    const docs = new Set(hits.map((h) => h.doc_id));
    expect(docs.has('002') || docs.has('004')).toBe(true);
  });
});
