import { gbk } from './gbkTable';

/** The entries of an OpenCC dictionary as shipped by opencc-js (`key value|key value…`). */
function dictionaryKeys(dictionary: string): string[] {
  return dictionary.split('|').map((entry) => entry.split(' ')[0] ?? '');
}

/**
 * Lists the GBK characters a simplified→traditional converter always rewrites (the keys of OpenCC's
 * STCharacters): a traditional text made by such a converter holds none of them, sorted.
 */
export function listSimplifiedOnlyChars(stCharacters: string): string {
  return [...new Set(dictionaryKeys(stCharacters).filter((k) => [...k].length === 1 && gbk().encode(k)?.length === 2))]
    .sort()
    .join('');
}

/**
 * Lists the characters the given OpenCC dictionaries may rewrite, sorted: those a key holds where its value
 * differs (every character of a key whose value has another length). A match changes text only at such a
 * character, so text without any of them comes out of a converter built from these dictionaries unchanged.
 */
export function listConvertibleChars(dictionaries: string[]): string {
  const chars = new Set<string>();
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split('|')) {
      const [key = [], value = []] = entry.split(' ').map((part) => [...part]);
      key.forEach((c, i) => (key.length !== value.length || value[i] !== c ? chars.add(c) : undefined));
    }
  }
  return [...chars].sort().join('');
}
