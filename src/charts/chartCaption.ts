import type { QueryResult } from '../db/types';

/** Says what the chart leaves out — capped rows, rows with empty values — so no one reads a partial chart as whole. */
export function chartCaption(result: QueryResult, dropped: number, lang: 'zh' | 'en'): string | null {
  const parts: string[] = [];
  if (result.truncated) {
    parts.push(
      lang === 'zh'
        ? `仅绘制前 ${result.rows.length} 行(共 ${result.rowCount} 行)`
        : `First ${result.rows.length} of ${result.rowCount} rows drawn`,
    );
  }
  if (dropped > 0) {
    parts.push(
      lang === 'zh'
        ? `${dropped} 行因缺少数值未绘制`
        : `${dropped} ${dropped === 1 ? 'row' : 'rows'} without a value left out`,
    );
  }
  return parts.length ? parts.join(lang === 'zh' ? ';' : '; ') : null;
}
