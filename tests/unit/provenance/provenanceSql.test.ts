import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenanceSql } from '../../../src/provenance/provenanceSql';
import { openCorpus, openEmptySchema, type TestDb } from '../search/duckdb';

describe('provenanceSql text', () => {
  it('reads the document and the lines three either side', () => {
    const sql = provenanceSql({ docId: '003', line: 180 });
    expect(sql.document).toBe("SELECT doc_id, title, source_file FROM documents WHERE doc_id = '003'");
    expect(sql.passages).toContain("WHERE doc_id = '003' AND line BETWEEN 177 AND 183");
    expect(sql.repairs).toContain("kind <> 'pinyin'");
  });

  it('also reads every line a span covers', () => {
    expect(provenanceSql({ docId: '001', line: 2, charStart: 40, charEnd: 900 }).passages).toContain(
      '(line BETWEEN 1 AND 5 OR (char_end > 40 AND char_start < 900))',
    );
  });

  it('escapes the document id', () => {
    expect(provenanceSql({ docId: "0' OR '1'='1", line: 1 }).document).toContain("doc_id = '0'' OR ''1''=''1'");
  });

  it('refuses a line that is not a whole number, and a backwards span', () => {
    expect(() => provenanceSql({ docId: '001', line: 1.5 })).toThrow('Line must be a whole number from 1; got 1.5.');
    expect(() => provenanceSql({ docId: '001', line: 0 })).toThrow(/whole number/);
    expect(() => provenanceSql({ docId: '001', line: 3, charStart: 9, charEnd: 2 })).toThrow(/start ≤ end/);
    expect(() => provenanceSql({ docId: '', line: 3 })).toThrow(/document id/);
  });
});

describe('provenanceSql on fixtures', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openEmptySchema();
    await db.run(
      `INSERT INTO documents (doc_id, title, source_file) VALUES ('002', '金山区工作要点', '002_aff1b13d6d5aa27b.txt')`,
    );
    await db.run(`INSERT INTO passages (doc_id, line, char_start, char_end, text, text_original)
      SELECT '002', i, i * 10, i * 10 + 9, '第' || i || '行', '第' || i || '行' FROM range(1, 21) t(i)`);
    await db.run(`INSERT INTO text_repairs (doc_id, line, char_start, char_end, kind, raw, result, status, candidates) VALUES
      ('002', 10, 101, 103, 'mojibake', 'æ¶', '营商', 'guessed', '营商|营业'),
      ('002', 10, 100, 100, 'pinyin', '(yíng)', '', 'exact', NULL),
      ('002', 19, 191, 192, 'mojibake', '?', '?', 'unrepaired', NULL)`);
  });
  afterAll(() => db.close());

  it('returns lines 7–13 around line 10, and its mojibake repair but not the pinyin one', async () => {
    const sql = provenanceSql({ docId: '002', line: 10 });
    expect((await db.rows(sql.passages)).map((r) => r.line)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(await db.rows(sql.repairs)).toEqual([
      expect.objectContaining({ line: 10, status: 'guessed', candidates: '营商|营业' }),
    ]);
    expect(await db.rows(sql.document)).toEqual([
      { doc_id: '002', title: '金山区工作要点', source_file: '002_aff1b13d6d5aa27b.txt' },
    ]);
  });

  it('widens to the lines a long span covers', async () => {
    const sql = provenanceSql({ docId: '002', line: 10, charStart: 100, charEnd: 195 });
    const lines = (await db.rows(sql.passages)).map((r) => r.line);
    expect(lines[0]).toBe(7);
    expect(lines.at(-1)).toBe(19);
    expect((await db.rows(sql.repairs)).map((r) => r.status)).toEqual(['guessed', 'unrepaired']);
  });
});

describe('provenanceSql on the built corpus', () => {
  let db: TestDb;
  beforeAll(async () => (db = await openCorpus()));
  afterAll(() => db.close());

  it('finds the document and the passage of a real line', async () => {
    const [first] = await db.rows('SELECT doc_id, line FROM passages ORDER BY doc_id, line LIMIT 1 OFFSET 5');
    const sql = provenanceSql({ docId: String(first!.doc_id), line: Number(first!.line) });
    const [doc] = await db.rows(sql.document);
    expect(doc).toMatchObject({ doc_id: first!.doc_id });
    expect(String(doc!.source_file)).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect((await db.rows(sql.passages)).map((r) => r.line)).toContain(first!.line);
    await db.rows(sql.repairs);
  });
});
