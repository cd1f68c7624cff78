import { describe, expect, it } from 'vitest';
import { documentKind } from '../../../../src/pipeline/structure/documentKind';

describe('documentKind', () => {
  it.each([
    ['闵行区持续优化营商环境激发市场活力行动方案', 'action_plan'],
    ['2023年金山区推进政府职能转变和“放管服”改革工作要点', 'work_points'],
    ['2023年度各区优化营商环境优秀案例', 'case_collection'],
  ])('reads %s as %s', (title, kind) => expect(documentKind(title)).toBe(kind));

  it('returns null for a title naming no kind', () => expect(documentKind('通知')).toBeNull());
});
