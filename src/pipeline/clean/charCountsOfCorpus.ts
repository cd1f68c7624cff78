import { cleanUndamagedLine, looksDamaged } from './cleanLine';
import { type CharCounts, countChars } from './languageModel';
import { createReadings } from './readings';

/** Counts characters over the undamaged lines of source texts, readings and entities removed. */
export function charCountsOfCorpus(raws: string[]): CharCounts {
  const readings = createReadings();
  const lines = raws.flatMap((raw) => raw.split('\n')).filter((line) => !looksDamaged(line));
  return countChars(lines.map((line) => cleanUndamagedLine(line, readings)));
}
