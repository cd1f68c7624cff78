// Han, kana, hangul, full-width punctuation and forms take a full em; Latin text about 0.6 em.
const WIDE = new RegExp(
  '[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f' +
    '\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]',
);

/** Estimates how wide a label is drawn, in ems, counting CJK characters as one em and others as 0.6. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : 0.6;
  return width;
}

/** Shortens a label to at most `maxEm` ems, ending it with … when anything was cut. */
export function truncateLabel(text: string, maxEm: number): string {
  if (labelWidth(text) <= maxEm) return text;
  let width = labelWidth('…');
  let out = '';
  for (const char of text) {
    width += labelWidth(char);
    if (width > maxEm) break;
    out += char;
  }
  return `${out}…`;
}
