import { StandardSQL } from '@codemirror/lang-sql';
import { highlightTree, tagHighlighter, tags as t } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import { highlightSql, type SqlStyle } from '../../../src/components/highlightSql';
import { defaultNotebook } from '../../../src/notebook/defaultNotebook';

// The editor's own classification, mapped onto the colours of CodeMirror's default highlight style.
const editorStyles = tagHighlighter([
  { tag: t.keyword, class: 'keyword' },
  { tag: t.typeName, class: 'type' },
  { tag: t.string, class: 'string' },
  { tag: t.special(t.string), class: 'special' },
  { tag: t.bool, class: 'bool' },
  { tag: t.literal, class: 'literal' },
  { tag: t.comment, class: 'comment' },
]);

/** Returns the style of every character as the editor highlights it. */
function editorStyleOf(sql: string): SqlStyle[] {
  const styles: SqlStyle[] = Array.from(sql, () => '');
  highlightTree(StandardSQL.language.parser.parse(sql), editorStyles, (from, to, cls) =>
    styles.fill(cls as SqlStyle, from, to),
  );
  return styles;
}

/** Returns the style of every character as highlightSql gives it (newlines unstyled). */
function staticStyleOf(sql: string): SqlStyle[] {
  return highlightSql(sql).flatMap((line, i) => [
    ...(i > 0 ? [''] : []),
    ...line.flatMap((tok) => Array.from(tok.text, () => tok.style)),
  ]) as SqlStyle[];
}

const SAMPLES = [
  ...defaultNotebook().cells.flatMap((c) => (c.type === 'sql' ? [c.sql] : [])),
  `SELECT "doc id", 'it''s', e'x', 1.5e3, .5, 0x1F, true, NULL, CAST(x AS varchar) -- note\nFROM t /* a\nb */ WHERE a.year = 2023`,
  "SELECT '闵行区' AS d FORM documents",
];

describe('highlightSql', () => {
  it('gives the SQL back, line by line', () => {
    for (const sql of SAMPLES)
      expect(
        highlightSql(sql)
          .map((line) => line.map((tok) => tok.text).join(''))
          .join('\n'),
      ).toBe(sql);
  });

  it.each(SAMPLES)('colours every character as the editor does: %s', (sql) => {
    const editor = editorStyleOf(sql);
    const ours = staticStyleOf(sql);
    // Whitespace takes no colour in either.
    const differ = [...sql].flatMap((ch, i) =>
      /\s/.test(ch) || editor[i] === ours[i] ? [] : [`${i} ${ch}: ${editor[i]} vs ${ours[i]}`],
    );
    expect(differ).toEqual([]);
  });
});
