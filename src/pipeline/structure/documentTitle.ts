import type { SourceLine } from './sourceLines';

/** Where a document's own title stands. */
export interface TitleFinding {
  title: string;
  /** Index (into the lines) of the title line, or null when the title is only named in the notice. */
  titleIndex: number | null;
  /** Index of the first line after the title and its covering notice. */
  bodyFrom: number;
}

/** Lines searched for the covering notice that names the document. */
const NOTICE_WINDOW = 12;
const QUOTED = /《([^《》]+)》/g;
const ISSUED = /(?:印发|公布|转发)(?:公布)?(?!给)([^《》,，。:：]{6,})(?:[,，。]|$)/;
const NOTICE_VERB = /印发|转发|公布|通知/;

/**
 * Finds a document's own title, not its covering notice's: the line that repeats the name the notice
 * quotes (现将《…行动方案》印发给你们), else the name the notice gives (现印发公布2023年度…优秀案例),
 * else the first non-blank line.
 */
export function findTitle(lines: SourceLine[]): TitleFinding {
  const window = noticeWindow(lines);
  for (const i of window) {
    for (const name of namesIn(lines[i]!.content)) {
      const repeated = lines.findIndex((l, j) => j > i && squash(l.content) === squash(name));
      if (repeated >= 0) return { title: lines[repeated]!.content, titleIndex: repeated, bodyFrom: repeated + 1 };
    }
  }
  const named = window.find((i) => NOTICE_VERB.test(lines[i]!.content) && namesIn(lines[i]!.content).length > 0);
  if (named !== undefined) return { title: namesIn(lines[named]!.content)[0]!, titleIndex: null, bodyFrom: named + 1 };
  const first = lines.findIndex((l) => l.content !== '');
  return { title: lines[first]?.content ?? '', titleIndex: first >= 0 ? first : null, bodyFrom: first + 1 };
}

function noticeWindow(lines: SourceLine[]): number[] {
  return lines.flatMap((l, i) => (l.content !== '' ? [i] : [])).slice(0, NOTICE_WINDOW);
}

/** Names a notice line gives: every 《…》, or the object of 印发/公布 when nothing is quoted. */
function namesIn(content: string): string[] {
  const quoted = [...content.matchAll(QUOTED)].map((m) => m[1]!.trim());
  if (quoted.length > 0) return quoted;
  const issued = ISSUED.exec(content);
  return issued ? [issued[1]!.trim()] : [];
}

const squash = (s: string) => s.replace(/\s+/g, '');
