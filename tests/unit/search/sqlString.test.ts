import { describe, expect, it } from 'vitest';
import { sqlString } from '../../../src/search/sqlString';
import { sqlIdentifier } from '../../../src/search/sqlIdentifier';
import { likeContains } from '../../../src/search/likeContains';
import { tokenizeQuery } from '../../../src/search/tokenizeQuery';
import { openEmptySchema } from './duckdb';

describe('sqlString', () => {
  it("doubles single quotes: o'k → 'o''k'", () => expect(sqlString("o'k")).toBe("'o''k'"));
  it('leaves backslashes alone, as DuckDB reads them literally', () => expect(sqlString('a\\b')).toBe("'a\\b'"));
  it('keeps CJK, newlines and comment markers inside the literal', () =>
    expect(sqlString('闵行\n-- x')).toBe("'闵行\n-- x'"));
  it('refuses a NUL character with a clear message', () => expect(() => sqlString('a\0b')).toThrow(/NUL/));
  it('replaces a lone surrogate with U+FFFD', () => expect(sqlString('a\ud800b')).toBe("'a\ufffdb'"));

  it('round-trips hostile text through DuckDB unchanged', async () => {
    const db = await openEmptySchema();
    const hostile = ["'; DROP TABLE passages; --", "''", '\\', '%_', '閔行\'區"', '𠀀', '\u3000 \t'];
    for (const text of hostile) {
      expect(await db.rows(`SELECT ${sqlString(text)} AS v`)).toEqual([{ v: text }]);
    }
    expect(await db.rows('SELECT count(*)::INTEGER AS n FROM passages')).toEqual([{ n: 0 }]);
    db.close();
  });
});

describe('likeContains', () => {
  it('escapes %, _ and \\ so they match literally', () => {
    expect(likeContains('text', '50%_\\')).toBe("text ILIKE '%50\\%\\_\\\\%' ESCAPE '\\'");
  });

  it('matches 50% but not 500 in DuckDB', async () => {
    const db = await openEmptySchema();
    const rows = await db.rows(
      `SELECT t FROM (VALUES ('提高50%'), ('提高500'), ('a_b'), ('axb')) v(t) WHERE ${likeContains('t', '50%')} OR ${likeContains('t', 'a_b')} ORDER BY t`,
    );
    expect(rows.map((r) => r.t)).toEqual(['a_b', '提高50%']);
    db.close();
  });
});

describe('sqlIdentifier', () => {
  it('leaves plain lowercase names bare', () => expect(sqlIdentifier('doc_id')).toBe('doc_id'));
  it('quotes keywords, capitals and CJK', () => {
    expect([sqlIdentifier('year'), sqlIdentifier('Title'), sqlIdentifier('区')]).toEqual(['"year"', '"Title"', '"区"']);
  });
  it('doubles inner double quotes', () => expect(sqlIdentifier('a"b')).toBe('"a""b"'));
});

describe('tokenizeQuery', () => {
  it('splits on spaces, tabs and the ideographic space, dropping repeats', () => {
    expect(tokenizeQuery(' 闵行\u3000营商  环境\t闵行 ')).toEqual(['闵行', '营商', '环境']);
  });
});

describe('sampleValuesSql', () => {
  it('gives each column its most frequent values as JSON, quoting awkward names', async () => {
    const { sampleValuesSql } = await import('../../../src/search/sampleValuesSql');
    const db = await openEmptySchema();
    await db.run(
      `INSERT INTO quantities (doc_id, unit, "year") VALUES ('001', '万个', 2023), ('001', '%', 2023), ('002', '%', NULL)`,
    );
    const sql = sampleValuesSql('quantities', ['doc_id', 'unit', 'year', 'sentence']);
    expect(sql).toContain('"year"');
    const rows = await db.rows(sql);
    expect(rows.map((r) => [r.name, JSON.parse(String(r.samples ?? 'null'))])).toEqual([
      ['doc_id', ['001', '002']],
      ['unit', ['%', '万个']],
      ['year', ['2023']],
      ['sentence', null],
    ]);
    db.close();
  });
});
