import { describe, expect, it } from 'vitest';
import { firstSentence, hasLeadSentence, measureTitle } from '../../../../src/pipeline/structure/leadSentence';

describe('lead sentences', () => {
  it('hasLeadSentence accepts a short phrase closed by a full stop and followed by text', () => {
    expect(hasLeadSentence('加强组织领导。健全完善工作机制,统筹推进政府职能转变')).toBe(true);
  });

  it('hasLeadSentence rejects introductions whose first sentence has clauses', () => {
    expect(hasLeadSentence('以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神。')).toBe(false);
  });

  it('hasLeadSentence rejects a lone phrase with nothing after it', () => {
    expect(hasLeadSentence('加强组织领导。')).toBe(false);
  });

  it('firstSentence stops at the first full stop', () => {
    expect(firstSentence('提升线上服务友好度。加强系统集成。')).toBe('提升线上服务友好度');
  });

  it('measureTitle cuts a long first sentence at its first clause', () => {
    expect(
      measureTitle('加强系统集成、资源共享和业务协同,具备可网办能力的区级政务服务事项比例达到95%以上,争取在全市试点。'),
    ).toBe('加强系统集成、资源共享和业务协同');
  });

  it('measureTitle keeps a short first sentence whole, commas and all', () => {
    expect(measureTitle('加快完善政务服务地图,提升办事预约服务功能。')).toBe(
      '加快完善政务服务地图,提升办事预约服务功能',
    );
  });
});
