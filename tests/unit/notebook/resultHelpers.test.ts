import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { provenanceReader } from '../../../src/notebook/provenance';
import { sortRows } from '../../../src/notebook/sortRows';
import { toCsv } from '../../../src/notebook/toCsv';
import { toParquet } from '../../../src/notebook/toParquet';

describe('sortRows', () => {
  const rows = [
    [3, '普陀区'],
    [null, '闵行区'],
    [1, '金山区'],
    [2, null],
  ];
  it('sorts numbers ascending with NULLs last', () => {
    expect(sortRows(rows, 0, 'asc').map((r) => r[0])).toEqual([1, 2, 3, null]);
  });
  it('keeps NULLs last when descending too', () => {
    expect(sortRows(rows, 0, 'desc').map((r) => r[0])).toEqual([3, 2, 1, null]);
  });
  it('sorts Chinese text by pinyin collation', () => {
    expect(sortRows(rows, 1, 'asc').map((r) => r[1])).toEqual(['金山区', '闵行区', '普陀区', null]);
  });
  it('does not reorder the input', () => {
    sortRows(rows, 0, 'asc');
    expect(rows[0]).toEqual([3, '普陀区']);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, writes NULL as empty, starts with a BOM', () => {
    const csv = toCsv({
      columns: [
        { name: 'a', type: 'VARCHAR' },
        { name: 'b', type: 'INTEGER' },
      ],
      rows: [
        ['x,"y"\n', null],
        ['闵行', 2],
      ],
    });
    expect(csv).toBe('\uFEFFa,b\r\n"x,""y""\n",\r\n闵行,2\r\n');
  });
});

describe('toParquet', () => {
  it('writes a file hyparquet reads back with the same values', async () => {
    const buffer = toParquet({
      columns: [
        { name: 'd', type: 'VARCHAR' },
        { name: 'n', type: 'INTEGER' },
        { name: 'big', type: 'BIGINT' },
        { name: 'x', type: 'DOUBLE' },
        { name: 'ok', type: 'BOOLEAN' },
      ],
      rows: [
        ['闵行区', 1, 9007199254740993n.toString(), 1.5, true],
        [null, null, null, null, null],
      ],
    });
    const rows = await parquetReadObjects({ file: buffer });
    expect(rows).toEqual([
      { d: '闵行区', n: 1, big: 9007199254740993n, x: 1.5, ok: true },
      { d: null, n: null, big: null, x: null, ok: null },
    ]);
  });
});

describe('provenanceReader', () => {
  it('reads doc_id, line and the span from a row', () => {
    const read = provenanceReader([
      { name: 'doc_id', type: 'VARCHAR' },
      { name: 'line', type: 'INTEGER' },
      { name: 'char_start', type: 'INTEGER' },
      { name: 'char_end', type: 'INTEGER' },
    ]);
    expect(read?.(['001', 12, 40, 45])).toEqual({ docId: '001', line: 12, charStart: 40, charEnd: 45 });
  });
  it('is null for results without doc_id and line', () => {
    expect(provenanceReader([{ name: 'doc_id', type: 'VARCHAR' }])).toBeNull();
  });
  it('gives no target for a row with a NULL line', () => {
    expect(
      provenanceReader([
        { name: 'doc_id', type: 'VARCHAR' },
        { name: 'line', type: 'INTEGER' },
      ])?.(['001', null]),
    ).toBeNull();
  });
});
