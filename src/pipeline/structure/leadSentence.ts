const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，,；;：:]/;
/** Longest first sentence still read as a lead phrase ("持续精简优化各类审批服务事项。" has 14). */
const MAX_LEAD = 25;
/** Longest first sentence a measure title keeps whole before it is cut at its first clause. */
const MAX_TITLE = 30;

/** Returns the first sentence of a paragraph without its full stop (the whole text if it has none). */
export function firstSentence(text: string): string {
  const end = SENTENCE_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/**
 * Tells whether a paragraph opens with a lead sentence: a short phrase ended by a full stop and followed
 * by more text, as in "加强组织领导。健全完善工作机制……". Introductions ("为深入贯彻……,") have clauses.
 */
export function hasLeadSentence(text: string): boolean {
  const lead = firstSentence(text);
  return lead.length > 0 && lead.length <= MAX_LEAD && lead.length < text.length - 1 && !CLAUSE_END.test(lead);
}

/** Finds a measure's title: its first sentence when short, else that sentence's first clause. */
export function measureTitle(text: string): string {
  const sentence = firstSentence(text);
  if (sentence.length <= MAX_TITLE) return sentence;
  const clause = CLAUSE_END.exec(sentence);
  return clause ? sentence.slice(0, clause.index) : sentence.slice(0, MAX_TITLE);
}
