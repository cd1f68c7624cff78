import type { DocumentMeta, Finding } from '../types';
import { parseChineseDate } from './chineseDate';
import { documentKind } from './documentKind';
import { findTitle } from './documentTitle';
import { findEffectivePeriod } from './effectivePeriod';
import { findDateLine, findDocNumber, findIssuers, issuerFromDocNumber } from './noticeBlock';
import { firstDistrict } from './shanghaiDistricts';
import { structureFinding } from './structureFinding';
import type { SourceLine } from './sourceLines';

/** A document's metadata, where its body starts, and what was noticed on the way. */
export interface MetaReading {
  meta: DocumentMeta;
  /** Index of the first line after the title (and covering notice). */
  bodyFrom: number;
  findings: Finding[];
}

/** Reads title, kind, district, issuers, number, dates and period from a document's notice and title. */
export function readDocumentMeta(lines: SourceLine[], text: string): MetaReading {
  const { title, titleIndex, bodyFrom } = findTitle(lines);
  const notice = lines.slice(0, titleIndex ?? bodyFrom);
  const titleLine = lines[titleIndex ?? Math.max(bodyFrom - 1, 0)]?.line ?? 1;
  const docNumber = findDocNumber(notice);
  const dateIndex = findDateLine(notice);
  const { issuers, findings } = readIssuers(notice, dateIndex, docNumber);
  const kind = documentKind(title);
  if (!kind)
    findings.push(
      structureFinding(
        'kind-unknown',
        'warning',
        titleLine,
        `title "${title}" names no known kind; read as action_plan`,
      ),
    );
  if (dateIndex < 0)
    findings.push(structureFinding('issue-date-missing', 'info', titleLine, 'no date line before the title'));
  return {
    meta: {
      title,
      kind: kind ?? 'action_plan',
      district: firstDistrict(issuers.join('')) ?? firstDistrict(title),
      issuers,
      docNumber,
      issueDate: dateIndex >= 0 ? parseChineseDate(notice[dateIndex]!.content) : null,
      ...findEffectivePeriod(text),
    },
    bodyFrom,
    findings,
  };
}

/** The notice's signers; an unsigned notice falls back on the body its document number names. */
function readIssuers(
  notice: SourceLine[],
  dateIndex: number,
  docNumber: string | null,
): { issuers: string[]; findings: Finding[] } {
  const signed = dateIndex >= 0 ? findIssuers(notice, dateIndex) : [];
  const inferred = signed.length === 0 && docNumber ? issuerFromDocNumber(docNumber) : null;
  if (!inferred) return { issuers: signed, findings: [] };
  const message = `notice is unsigned; issuer ${inferred} inferred from ${docNumber}`;
  return { issuers: [inferred], findings: [structureFinding('issuer-from-doc-number', 'info', 1, message)] };
}
