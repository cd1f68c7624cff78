import type { Finding, Measure } from '../types';
import type { OutlineEntry } from './outlineEntries';
import { structureFinding } from './structureFinding';

/**
 * Reports numbering that skips or repeats. Each marker style keeps its own count; a number may restart
 * at 1 (004 restarts its 1. items in every section) or continue (001 numbers its measures 1–100 across
 * sections). Case ranks may start anywhere, since a collection can publish part of a ranking.
 */
export function numberingFindings(entries: OutlineEntry[]): Finding[] {
  const last = new Map<number, number>();
  const findings: Finding[] = [];
  for (const { marker, source } of entries) {
    if (marker?.ordinalNum == null) continue;
    const previous = last.get(marker.level);
    const n = marker.ordinalNum;
    const fits = n === 1 || (previous === undefined ? marker.level === 0 : n === previous + 1);
    if (!fits)
      findings.push(
        structureFinding(
          'numbering-gap',
          'warning',
          source.line,
          `${marker.ordinal} follows ${previous ?? 'nothing'} at level ${marker.level}`,
        ),
      );
    last.set(marker.level, n);
  }
  return findings;
}

/**
 * Reports numbered measures without responsible units, in documents that give units elsewhere; a
 * document that gives none at all gets one remark instead of one per measure.
 */
export function unitFindings(measures: Measure[]): Finding[] {
  if (measures.length === 0) return [];
  if (measures.every((m) => m.units.length === 0)) {
    return [structureFinding('no-responsible-units', 'info', measures[0]!.line, 'no measure names responsible units')];
  }
  return measures
    .filter((m) => m.units.length === 0 && m.ordinal !== '')
    .map((m) =>
      structureFinding('measure-without-units', 'warning', m.line, `measure ${m.ordinal} names no responsible unit`),
    );
}

/** Reports measures whose lead sentence is written twice ("深化市场主体登记制度改革。深化市场主体登记制度改革。"). */
export function repeatedLeadFindings(measures: Measure[]): Finding[] {
  return measures
    .filter((m) => m.title !== '' && m.text.startsWith(`${m.title}。${m.title}。`))
    .map((m) =>
      structureFinding('repeated-lead-sentence', 'info', m.line, `lead sentence "${m.title}" is written twice`),
    );
}
