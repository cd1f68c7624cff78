/** Shanghai's sixteen districts, by full name, with the short names documents also use (嘉定, 闵行). */
export const SHANGHAI_DISTRICTS: readonly { name: string; short: string }[] = [
  { name: '浦东新区', short: '浦东' },
  { name: '黄浦区', short: '黄浦' },
  { name: '徐汇区', short: '徐汇' },
  { name: '长宁区', short: '长宁' },
  { name: '静安区', short: '静安' },
  { name: '普陀区', short: '普陀' },
  { name: '虹口区', short: '虹口' },
  { name: '杨浦区', short: '杨浦' },
  { name: '闵行区', short: '闵行' },
  { name: '宝山区', short: '宝山' },
  { name: '嘉定区', short: '嘉定' },
  { name: '金山区', short: '金山' },
  { name: '松江区', short: '松江' },
  { name: '青浦区', short: '青浦' },
  { name: '奉贤区', short: '奉贤' },
  { name: '崇明区', short: '崇明' },
];

// 黄浦江 is the river, not the district.
const mentionPattern = (short: string) => new RegExp(`${short}(?!江)`, 'g');

/** Finds the first district named in full ("普陀区") in a text, or null. */
export function firstDistrict(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const { name } of SHANGHAI_DISTRICTS) {
    const at = text.indexOf(name);
    if (at >= 0 && (!best || at < best.at)) best = { name, at };
  }
  return best?.name ?? null;
}

/**
 * Finds the district a text is about: the one mentioned most often, by full or short name, ties going to
 * the earlier mention. A case about 嘉定 may say "嘉定素有……" and only later "嘉定区".
 */
export function mainDistrict(text: string): string | null {
  const counts = SHANGHAI_DISTRICTS.map(({ name, short }) => {
    const mentions = [...text.matchAll(mentionPattern(short))];
    return { name, count: mentions.length, first: mentions[0]?.index ?? Infinity };
  }).filter((d) => d.count > 0);
  counts.sort((a, b) => b.count - a.count || a.first - b.first);
  return counts[0]?.name ?? null;
}

/** Finds the district whose name starts with a one-character abbreviation (闵 → 闵行区), or null. */
export function districtByInitial(initial: string): string | null {
  const found = SHANGHAI_DISTRICTS.filter((d) => d.short.startsWith(initial));
  return found.length === 1 ? found[0]!.name : null;
}
