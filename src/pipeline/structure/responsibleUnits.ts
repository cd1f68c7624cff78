/** A measure's responsible-units clause, split off from its text. */
export interface UnitsClause {
  /** The measure text before the clause, trimmed. */
  body: string;
  /** The clause as written, without its first label: "区府办、区行政服务中心". */
  unitsText: string;
  /** One entry per unit, lead units first. */
  units: string[];
}

const LABEL = /(主要责任|责任|牵头|配合|协同|协办|参与)(单位|部门)\s*[:：]/g;
const LEAD_LABEL = /^(主要责任|责任|牵头)/;
const SEPARATORS = /[、，,；;]/;
const OPEN = '(（';
const CLOSE = ')）';

/**
 * Splits a trailing "(责任单位:区府办、区行政服务中心)" off a measure's text. Returns null when the text
 * does not end with such a clause. Parentheses inside unit names ("区市场监管局(知识产权局)") are kept.
 */
export function parseUnitsClause(text: string): UnitsClause | null {
  const trimmed = text.trimEnd();
  const open = matchingOpen(trimmed);
  if (open < 0) return null;
  const inner = trimmed.slice(open + 1, -1).trim();
  const firstLabel = new RegExp(LABEL.source).exec(inner);
  if (!firstLabel || firstLabel.index !== 0) return null;
  return {
    body: trimmed.slice(0, open).trim(),
    unitsText: inner.slice(firstLabel[0].length).trim(),
    units: splitUnits(inner),
  };
}

/** Splits a units clause into unit names, dropping labels; lead (牵头/责任) groups come before cooperating ones. */
export function splitUnits(clause: string): string[] {
  const groups = labelledGroups(clause);
  // The text normally lists lead units first already; sorting keeps that order when a document does not,
  // because measure_units.position = 1 is read as "the lead unit".
  const ordered = [
    ...groups.filter((g) => LEAD_LABEL.test(g.label)),
    ...groups.filter((g) => !LEAD_LABEL.test(g.label)),
  ];
  return ordered.flatMap((g) =>
    g.text
      .split(SEPARATORS)
      .map(cleanUnit)
      .filter((u) => u !== ''),
  );
}

function labelledGroups(clause: string): { label: string; text: string }[] {
  const labels = [...clause.matchAll(LABEL)];
  if (labels.length === 0) return [{ label: '', text: clause }];
  return labels.map((m, i) => ({
    label: m[0],
    text: clause.slice(m.index + m[0].length, labels[i + 1]?.index ?? clause.length),
  }));
}

function cleanUnit(unit: string): string {
  return unit
    .trim()
    .replace(/等$/, '')
    .replace(/[。.]$/, '')
    .trim();
}

/** The index of the parenthesis that opens the one closing the text, or -1. */
function matchingOpen(text: string): number {
  if (!CLOSE.includes(text.at(-1) ?? '')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (CLOSE.includes(text[i]!)) depth++;
    else if (OPEN.includes(text[i]!) && --depth === 0) return i;
  }
  return -1;
}
