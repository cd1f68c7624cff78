import { describe, expect, it } from 'vitest';
import { errorPosition, parseDuckDbError, stripContext } from '../../../src/db/errorPosition';

describe('errorPosition', () => {
  it('reads the caret under LINE 1 as a 0-based offset', () => {
    const sql = 'SELECT * FORM documents';
    const message =
      'Parser Error: syntax error at or near "FORM"\n\nLINE 1: SELECT * FORM documents\n                 ^';
    expect(errorPosition(message, sql)).toBe(sql.indexOf('FORM'));
  });

  it('adds the lengths of the lines before LINE n', () => {
    const sql = 'SELECT doc_id\nFROM documentz';
    const message = 'Catalog Error: Table with name documentz does not exist!\nLINE 2: FROM documentz\n             ^';
    expect(errorPosition(message, sql)).toBe(sql.indexOf('documentz'));
  });

  it('finds the place in a long line DuckDB shortened with "..."', () => {
    const sql = `SELECT ${'a, '.repeat(40)}bogus FROM documents`;
    const shown = `...${sql.slice(sql.indexOf('bogus') - 20, sql.indexOf('bogus') + 20)}...`;
    const message = `Binder Error: Referenced column "bogus" not found\nLINE 1: ${shown}\n${' '.repeat(8 + 23)}^`;
    expect(errorPosition(message, sql)).toBe(sql.indexOf('bogus'));
  });

  it('returns null when the message points nowhere', () => {
    expect(errorPosition('Out of Memory Error: could not allocate', 'SELECT 1')).toBeNull();
  });

  it('stripContext drops the LINE/caret lines and keeps the message', () => {
    expect(stripContext('Parser Error: syntax error\n\nLINE 1: SELECT * FORM x\n                 ^')).toBe(
      'Parser Error: syntax error',
    );
  });
});

describe('parseDuckDbError', () => {
  it("reads DuckDB-WASM's JSON errors: type, message without the caret lines, position", () => {
    const raw = JSON.stringify({
      exception_type: 'Parser',
      exception_message:
        'syntax error at or near "documents"\n\nLINE 1: SELECT * FORM documents\n                      ^',
      error_subtype: 'SYNTAX_ERROR',
      position: '14',
    });
    expect(parseDuckDbError(raw, 'SELECT * FORM documents')).toEqual({
      message: 'Parser Error: syntax error at or near "documents"',
      position: 14,
    });
  });

  it('maps the code-point position to a string index, also past characters outside the BMP', () => {
    const sql = "SELECT '𠀀闵行区' FORM documents";
    const codePoints = Array.from(sql.slice(0, sql.indexOf('documents'))).length;
    const raw = JSON.stringify({
      exception_type: 'Parser',
      exception_message: 'syntax error',
      position: String(codePoints),
    });
    expect(parseDuckDbError(raw, sql).position).toBe(sql.indexOf('documents'));
  });

  it('keeps a plain-text message as it is', () => {
    expect(parseDuckDbError('Error: worker stopped', 'SELECT 1')).toEqual({
      message: 'Error: worker stopped',
      position: null,
    });
  });
});
