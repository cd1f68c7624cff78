/** Why a chart cannot be drawn; `code` and `detail` let the UI say it in the reader's language. */
export type ChartErrorCode =
  'no-result' | 'no-rows' | 'missing-column' | 'needs-numeric' | 'needs-axis' | 'too-many-facets';

export interface ChartErrorDetail {
  column?: string;
  axis?: 'x' | 'y' | 'color' | 'facet';
  mark?: string;
  available?: string[];
  count?: number;
}

/** An error a reader can act on: which column or axis is wrong, and how. */
export class ChartError extends Error {
  readonly code: ChartErrorCode;
  readonly detail: ChartErrorDetail;

  constructor(code: ChartErrorCode, message: string, detail: ChartErrorDetail = {}) {
    super(message);
    this.name = 'ChartError';
    this.code = code;
    this.detail = detail;
  }
}
