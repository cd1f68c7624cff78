/** The three parts a case report is read into. */
export type CasePart = 'background' | 'practices' | 'results';

const PART_WORDS: { part: CasePart; pattern: RegExp }[] = [
  { part: 'background', pattern: /背景|情况|概况/ },
  { part: 'practices', pattern: /做法|举措|措施|亮点/ },
  { part: 'results', pattern: /成效|效果|成果|成绩/ },
];
/** Longest heading read as a part label ("工作背景", "特色亮点"); longer headings are topics. */
const MAX_LABEL = 8;

/** Names the part a case heading labels (一、工作背景 → background), or null for a topical heading. */
export function casePartOf(heading: string): CasePart | null {
  if (heading.length > MAX_LABEL) return null;
  return PART_WORDS.find((p) => p.pattern.test(heading))?.part ?? null;
}
