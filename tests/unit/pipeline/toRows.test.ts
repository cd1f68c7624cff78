import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/data/schema';
import { runPipeline, sourceDocument } from '../../../src/pipeline/runPipeline';
import { toRows } from '../../../src/pipeline/toRows';

describe('toRows', () => {
  const doc = runPipeline(sourceDocument('009_test.txt', '标题\n\n第二行'));
  const rows = toRows([doc]);

  it('gives rows for every table in the schema, with exactly the schema columns', () => {
    for (const spec of TABLES) {
      const table = rows[spec.name];
      expect(table, spec.name).toBeDefined();
      for (const row of table ?? []) expect(Object.keys(row).sort()).toEqual(spec.columns.map((c) => c.name).sort());
    }
  });

  it('skips blank lines in passages and keeps source line numbers', () => {
    expect(rows.passages?.map((p) => [p.line, p.text])).toEqual([
      [1, '标题'],
      [3, '第二行'],
    ]);
  });

  it('takes the document id from the file name prefix', () => {
    expect(rows.documents?.[0]?.doc_id).toBe('009');
  });
});
