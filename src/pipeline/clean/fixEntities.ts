import type { LineEdit, LineState } from './lineEdits';

const ENTITIES: Record<string, string> = {
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  nbsp: ' ',
  amp: '&',
  quot: '"',
  lt: '<',
  gt: '>',
};

// Without its "&" a name counts only when no Latin letter runs into it, so English words stay.
const ENTITY = new RegExp(`(?:&|(?<![A-Za-z&]))(${Object.keys(ENTITIES).join('|')});`, 'g');

/** Proposes one edit per HTML entity or entity remnant (`&ldquo;`, `rdquo;`), replaced by its character. */
export function findEntityEdits(state: LineState): LineEdit[] {
  return [...state.text.matchAll(ENTITY)].map((m) => {
    const replacement = ENTITIES[m[1] as string] as string;
    return {
      start: m.index,
      end: m.index + m[0].length,
      replacement,
      repair: {
        kind: 'entity',
        raw: m[0],
        status: 'exact',
        candidates: [],
        rule: m[0].startsWith('&') ? 'entity' : 'entity-remnant',
        readingsRemoved: 0,
        resultStart: 0,
        resultEnd: replacement.length,
      },
    };
  });
}
