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
