/**
 * SQL highlighting without the editor: the classes CodeMirror's SQL mode (StandardSQL dialect) gives each
 * token, so a query can be shown as text, exactly as the editor will colour it, before the editor's chunk loads.
 */

/** The highlight a token gets; '' for none. Each maps to one colour of CodeMirror's default highlight style. */
export type SqlStyle = '' | 'keyword' | 'type' | 'string' | 'special' | 'bool' | 'literal' | 'comment';

export interface SqlToken {
  text: string;
  style: SqlStyle;
}

// @codemirror/lang-sql's SQLKeywords and SQLTypes (the StandardSQL dialect's words), as the editor classifies them.
const KEYWORDS = [
  'absolute action add after all allocate alter and any are as asc assertion at authorization before',
  'begin between both breadth by call cascade cascaded case cast catalog check close collate collation',
  'column commit condition connect connection constraint constraints constructor continue corresponding',
  'count create cross cube current current_date current_default_transform_group',
  'current_transform_group_for_type current_path current_role current_time current_timestamp',
  'current_user cursor cycle data day deallocate declare default deferrable deferred delete depth deref',
  'desc describe descriptor deterministic diagnostics disconnect distinct do domain drop dynamic each',
  'else elseif end end-exec equals escape except exception exec execute exists exit external fetch',
  'first for foreign found from free full function general get global go goto grant group grouping',
  'handle having hold hour identity if immediate in indicator initially inner inout input insert',
  'intersect into is isolation join key language last lateral leading leave left level like limit local',
  'localtime localtimestamp locator loop map match method minute modifies module month names natural',
  'nesting new next no none not of old on only open option or order ordinality out outer output',
  'overlaps pad parameter partial path prepare preserve primary prior privileges procedure public read',
  'reads recursive redo ref references referencing relative release repeat resignal restrict result',
  'return returns revoke right role rollback rollup routine row rows savepoint schema scroll search',
  'second section select session session_user set sets signal similar size some space specific',
  'specifictype sql sqlexception sqlstate sqlwarning start state static system_user table temporary',
  'then timezone_hour timezone_minute to trailing transaction translation treat trigger under undo',
  'union unique unnest until update usage user using value values view when whenever where while with',
  'without work write year zone',
].join(' ');
const TYPES = [
  'array binary bit boolean char character clob date decimal double float int integer interval large',
  'national nchar nclob numeric object precision real smallint time timestamp varchar varying',
].join(' ');

const WORDS: ReadonlyMap<string, SqlStyle> = new Map<string, SqlStyle>([
  ...KEYWORDS.split(' ').map((w): [string, SqlStyle] => [w, 'keyword']),
  ...TYPES.split(' ').map((w): [string, SqlStyle] => [w, 'type']),
  ['true', 'bool'],
  ['false', 'bool'],
  // Lezer tags null as a kind of keyword, so the editor colours NULL like SELECT.
  ['null', 'keyword'],
  ['unknown', 'keyword'],
]);

// One alternative per token kind the editor colours, in the order its tokenizer tries them; anything else is
// one plain character. Words touching a dot are names (u.unit), as in the editor.
const TOKEN = new RegExp(
  [
    String.raw`(?<comment>--[^\n]*|\/\*[\s\S]*?(?:\*\/|$))`,
    String.raw`(?<string>[eE]?'[^']*(?:'|$))`,
    String.raw`(?<special>"[^"]*(?:"|$))`,
    String.raw`(?<number>[bB]'[01]*'?|0[xX][0-9a-fA-F]*|[xX]'[0-9a-fA-F]*'?|\.?\d+(?:\.\d*)?(?:[eE][+-]?\d*)?)`,
    String.raw`(?<word>[A-Za-z][A-Za-z0-9_]*)`,
  ].join('|'),
  'gy',
);

/** Splits SQL into lines of highlighted tokens; joining every token's text with '\n' between lines gives the SQL back. */
export function highlightSql(sql: string): SqlToken[][] {
  const lines: SqlToken[][] = [[]];
  const push = (text: string, style: SqlStyle) => {
    text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) appendToken(lines[lines.length - 1]!, part, style);
    });
  };
  for (let at = 0; at < sql.length;) {
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(sql);
    if (!match) {
      push(sql[at]!, '');
      at += 1;
      continue;
    }
    push(match[0], styleOf(match, sql));
    at += match[0].length;
  }
  return lines;
}

function styleOf(match: RegExpExecArray, sql: string): SqlStyle {
  const g = match.groups!;
  if (g.comment !== undefined) return 'comment';
  if (g.string !== undefined) return 'string';
  if (g.special !== undefined) return 'special';
  if (g.number !== undefined) return 'literal';
  const end = match.index + match[0].length;
  if (sql[match.index - 1] === '.' || sql[end] === '.') return '';
  return WORDS.get(match[0].toLowerCase()) ?? '';
}

function appendToken(line: SqlToken[], text: string, style: SqlStyle): void {
  const last = line[line.length - 1];
  if (last && last.style === style) last.text += text;
  else line.push({ text, style });
}
