import { likeContains } from './likeContains';
import { searchTerms, type SearchTerm } from './searchTerms';
import { sqlString } from './sqlString';

const SNIPPET_BEFORE = 20;
const SNIPPET_LENGTH = 80;

/**
 * Builds a readable SQL query finding every term of a search (all must match) in measures, cases and passages.
 * Terms are matched in simplified form, so 閔行 finds 闵行, and passages also in their source script. Returns
 * kind (measure | case | passage), doc_id, line, char_start, char_end (for passages: the first term's span),
 * ref_id and a snippet around the first term. User text enters only as escaped literals.
 */
export function buildSearchSql(query: string): string {
  const terms = searchTerms(query);
  const [first] = terms as [SearchTerm, ...SearchTerm[]];
  return `-- Search measures, cases and passages; every term must match
WITH hits AS (
  SELECT 'measure' AS kind, doc_id, line, char_start, char_end, measure_id AS ref_id,
    concat_ws(' ', title, text) AS body, NULL::VARCHAR AS body_original
  FROM measures
  WHERE ${allTerms(terms, (t) => likeContains("concat_ws(' ', title, text)", t.simplified))}
  UNION ALL
  SELECT 'case', doc_id, line, char_start, char_end, case_id,
    concat_ws(' ', district, title, background, practices, results), NULL
  FROM cases
  WHERE ${allTerms(terms, (t) => likeContains("concat_ws(' ', district, title, background, practices, results)", t.simplified))}
  UNION ALL
  SELECT 'passage', doc_id, line, char_start, char_end, coalesce(measure_id, case_id), text, text_original
  FROM passages
  WHERE ${allTerms(terms, (t) => `(${likeContains('text', t.simplified)} OR ${likeContains('text_original', t.original)})`)}
),
located AS (
  SELECT *, coalesce(
      nullif(strpos(lower(body), lower(${sqlString(first.simplified)})), 0),
      nullif(strpos(lower(body_original), lower(${sqlString(first.original)})), 0),
      1) AS hit
  FROM hits
),
spans AS (
  SELECT *, ${utf16Before('body', 'hit')} AS hit_offset
  FROM located
)
SELECT kind, doc_id, line,
  CASE WHEN kind = 'passage' THEN char_start + hit_offset ELSE char_start END::INTEGER AS char_start,
  CASE WHEN kind = 'passage' THEN char_start + hit_offset + ${first.simplified.length} ELSE char_end END::INTEGER AS char_end,
  ref_id,
  concat(CASE WHEN hit > ${SNIPPET_BEFORE + 1} THEN '…' ELSE '' END,
    substring(body, greatest(1, hit - ${SNIPPET_BEFORE}), ${SNIPPET_LENGTH}),
    CASE WHEN length(body) >= greatest(1, hit - ${SNIPPET_BEFORE}) + ${SNIPPET_LENGTH} THEN '…' ELSE '' END) AS snippet
FROM spans
ORDER BY CASE kind WHEN 'measure' THEN 1 WHEN 'case' THEN 2 ELSE 3 END, doc_id, line`;
}

function allTerms(terms: SearchTerm[], condition: (term: SearchTerm) => string): string {
  return terms.map(condition).join('\n    AND ');
}

// Offsets are UTF-16 (as in the browser); DuckDB counts code points, so add one for each astral character before the hit.
function utf16Before(body: string, hit: string): string {
  return `${hit} - 1 + length(regexp_replace(left(${body}, ${hit} - 1), '[^\\x{10000}-\\x{10FFFF}]', '', 'g'))`;
}
