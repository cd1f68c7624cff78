import { CHINESE_DATE } from './chineseDate';
import { districtByInitial } from './shanghaiDistricts';
import type { SourceLine } from './sourceLines';

const DOC_NUMBER = /[\u4e00-\u9fff]{2,10}[〔［[【(（]\d{4}[〕］\]】)）]\s*\d+\s*号/;
const DATE_LINE = new RegExp(`^${CHINESE_DATE.source}$`);
const CLOSING_PUNCTUATION = /[。：:，,；;！!？?]$/;
/** Longest line still read as the name of a signing body. */
const MAX_ISSUER = 40;

/** Finds a document number such as 闵府规发〔2023〕3号 in the given lines, or null. */
export function findDocNumber(lines: SourceLine[]): string | null {
  for (const l of lines) {
    const match = DOC_NUMBER.exec(l.content);
    if (match) return match[0].replace(/\s+/g, '');
  }
  return null;
}

/** Finds the index of the first line that holds nothing but a date (2021年3月5日), or -1. */
export function findDateLine(lines: SourceLine[]): number {
  return lines.findIndex((l) => DATE_LINE.test(l.content));
}

/** Reads the bodies that sign a notice: the name lines standing just above its date line. */
export function findIssuers(lines: SourceLine[], dateIndex: number): string[] {
  const issuers: string[] = [];
  for (let i = dateIndex - 1; i >= 0; i--) {
    const content = lines[i]!.content;
    if (content === '') continue;
    if (!isBodyName(content)) break;
    issuers.unshift(content);
  }
  return issuers;
}

function isBodyName(content: string): boolean {
  return content.length <= MAX_ISSUER && !CLOSING_PUNCTUATION.test(content) && !/[《》“”]/.test(content);
}

/**
 * Infers the issuing body from a district document number when the notice is unsigned:
 * 闵府规发 → 上海市闵行区人民政府, 金府办发 → 上海市金山区人民政府办公室. Null when the prefix is not of that form.
 */
export function issuerFromDocNumber(docNumber: string): string | null {
  const match = /^(.)府(办)?/.exec(docNumber);
  const district = match ? districtByInitial(match[1]!) : null;
  return district ? `上海市${district}人民政府${match![2] ? '办公室' : ''}` : null;
}
