import type { DocumentKind } from '../types';

const KINDS: { kind: DocumentKind; pattern: RegExp }[] = [
  { kind: 'case_collection', pattern: /案例/ },
  { kind: 'work_points', pattern: /要点/ },
  { kind: 'action_plan', pattern: /方案|计划|措施|意见/ },
];

/** Derives a document's kind from words in its title (行动方案, 工作要点, 案例); null when none fits. */
export function documentKind(title: string): DocumentKind | null {
  return KINDS.find((k) => k.pattern.test(title))?.kind ?? null;
}
