import type { QueryErrorInfo } from './types';

/**
 * Finds the 0-based character position DuckDB points at in its error message, or null.
 * DuckDB marks it with a context line and a caret:
 *   LINE 2: SELECT * FORM documents
 *                    ^
 * Long lines are cut and prefixed with "...", so the snippet is located in the query line.
 */
export function errorPosition(message: string, sql: string): number | null {
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return null;
  const lineNo = Number(match[1]);
  const shown = match[2] ?? '';
  const caret = (match[3] ?? '').length - `LINE ${lineNo}: `.length;
  const lines = sql.split('\n');
  if (lineNo < 1 || lineNo > lines.length || caret < 0) return null;
  const lineStart = lines.slice(0, lineNo - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const line = lines[lineNo - 1] ?? '';
  const snippet = shown.startsWith('...') ? shown.slice(3) : shown;
  const found = line.indexOf(snippet.replace(/\.\.\.$/, ''));
  const offsetInLine = shown.startsWith('...') && found >= 0 ? found + caret - 3 : caret;
  return lineStart + Math.max(0, Math.min(offsetInLine, line.length));
}

/** Removes DuckDB's context lines (LINE n: … ^) from a message; the editor marks the place instead. */
export function stripContext(message: string): string {
  return message.replace(/\n*LINE \d+: .*\n *\^\s*$/, '').trim();
}

/**
 * Reads a DuckDB error into a message and a 0-based position in `sql`. DuckDB-WASM sends errors as JSON
 * ({exception_type, exception_message, position}); position counts code points (checked in Chromium
 * with Chinese text before the error), so it is mapped to a UTF-16 string index. Plain-text messages fall back to the caret line.
 */
export function parseDuckDbError(raw: string, sql: string): QueryErrorInfo {
  const json = parseJson(raw);
  if (!json) return { message: stripContext(raw), position: errorPosition(raw, sql) };
  const text = typeof json.exception_message === 'string' ? json.exception_message : raw;
  const kind = typeof json.exception_type === 'string' ? `${json.exception_type} Error: ` : '';
  const bytes = Number(json.position);
  const position =
    json.position !== undefined && Number.isInteger(bytes) ? codePointToIndex(sql, bytes) : errorPosition(text, sql);
  return { message: kind + stripContext(text), position };
}

function parseJson(raw: string): Record<string, unknown> | null {
  if (!raw.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Maps a code-point offset in `text` to a UTF-16 string index. */
export function codePointToIndex(text: string, codePoints: number): number {
  let index = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen >= codePoints) break;
    seen += 1;
    index += ch.length;
  }
  return index;
}
