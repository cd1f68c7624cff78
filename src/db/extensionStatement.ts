import type { QueryErrorInfo } from './types';

const EXTENSION_STATEMENT = /^(?:force\s+)?(install|load)\b/i;

/**
 * Finds a statement that would install or load a DuckDB extension. DuckDB-WASM accepts INSTALL without doing
 * anything and refuses LOAD only in its own words; neither can work in a notebook that never downloads code,
 * so such a statement is answered before it reaches the engine. Strings, quoted names and comments are skipped;
 * a statement this misses is still refused by the engine's own lockdown.
 */
export function findExtensionStatement(sql: string): { keyword: 'INSTALL' | 'LOAD'; position: number } | null {
  let atStatementStart = true;
  for (let i = 0; i < sql.length;) {
    const c = sql[i]!;
    if (c === '-' && sql[i + 1] === '-') i = endOf(sql, '\n', i + 2);
    else if (c === '/' && sql[i + 1] === '*') i = endOf(sql, '*/', i + 2);
    else if (/\s/.test(c)) i++;
    else if (c === ';') {
      atStatementStart = true;
      i++;
    } else {
      const match = atStatementStart ? EXTENSION_STATEMENT.exec(sql.slice(i, i + 40)) : null;
      if (match) return { keyword: match[1]!.toUpperCase() as 'INSTALL' | 'LOAD', position: i };
      atStatementStart = false;
      i = c === "'" || c === '"' ? endOfQuoted(sql, c, i + 1) : i + 1;
    }
  }
  return null;
}

/** Returns the error a refused extension statement gets, or null when the SQL has none. */
export function extensionStatementError(sql: string): QueryErrorInfo | null {
  const found = findExtensionStatement(sql);
  if (!found) return null;
  return {
    message:
      `Permission Error: ${found.keyword} is not available in this notebook: it works offline and never downloads ` +
      "or loads DuckDB extensions. Its tables and DuckDB's built-in functions are all there is.",
    position: found.position,
  };
}

function endOf(sql: string, terminator: string, from: number): number {
  const at = sql.indexOf(terminator, from);
  return at < 0 ? sql.length : at + terminator.length;
}

// SQL doubles a quote to escape it ('it''s'), so a doubled quote does not end the literal.
function endOfQuoted(sql: string, quote: string, from: number): number {
  for (let i = from; i < sql.length; i++) {
    if (sql[i] !== quote) continue;
    if (sql[i + 1] === quote) i++;
    else return i + 1;
  }
  return sql.length;
}
