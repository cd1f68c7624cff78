import { describe, expect, it } from 'vitest';
import { extensionStatementError, findExtensionStatement } from '../../../src/db/extensionStatement';

describe('findExtensionStatement', () => {
  it.each([
    ['INSTALL httpfs', { keyword: 'INSTALL', position: 0 }],
    ['  load parquet;', { keyword: 'LOAD', position: 2 }],
    ['FORCE INSTALL httpfs', { keyword: 'INSTALL', position: 0 }],
    ['SELECT 1; INSTALL httpfs', { keyword: 'INSTALL', position: 10 }],
    ['-- fetch it\nLOAD httpfs', { keyword: 'LOAD', position: 12 }],
    ['/* 先装扩展 */ install json', { keyword: 'INSTALL', position: 11 }],
    ["SELECT 'a;b'; load json", { keyword: 'LOAD', position: 14 }],
  ])('finds the extension statement in %j', (sql, expected) => {
    expect(findExtensionStatement(sql)).toEqual(expected);
  });

  it.each([
    'SELECT * FROM documents',
    "SELECT 'x; INSTALL httpfs' AS s",
    "SELECT 'it''s; load json' AS s",
    'SELECT "load" FROM t',
    '-- INSTALL httpfs\nSELECT 1',
    '/* ; LOAD json */ SELECT 1',
    'SELECT loaded FROM duckdb_extensions()',
    'CREATE TABLE installs AS SELECT 1',
    'SELECT 1; SELECT install_date FROM t',
    '',
  ])('leaves %j alone', (sql) => {
    expect(findExtensionStatement(sql)).toBeNull();
  });
});

describe('extensionStatementError', () => {
  it('says the notebook never loads extensions and points at the statement', () => {
    expect(extensionStatementError('SELECT 1;\nINSTALL httpfs')).toEqual({
      message: expect.stringMatching(/^Permission Error: INSTALL is not available in this notebook: it works offline/),
      position: 10,
    });
  });
});
