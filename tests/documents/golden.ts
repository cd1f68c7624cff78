import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

/** The five source documents, as {file, text}, sorted by name. */
export const CORPUS_FILES = [
  '000_cf17cd0fbd4af661.txt',
  '001_5cfbb2262e75acb8.txt',
  '002_aff1b13d6d5aa27b.txt',
  '003_bdbdce1efc574e33.txt',
  '004_2aa0a25172398d5c.txt',
];

/** Reads one source document from corpus/. */
export function readCorpusFile(file: string): string {
  return readFileSync(join(CORPUS_DIR, file), 'utf8');
}

/**
 * Compares `actual` with the golden file `name` in tests/documents/golden/. Goldens change only on
 * purpose: UPDATE_GOLDEN=1 rewrites them; otherwise a missing golden fails (CI never creates one) and a
 * mismatch writes `<name>-changed` beside it for review.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const changed = path.replace(/(\.[^.]+)?$/, '-changed$1');
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden ${name}: run with UPDATE_GOLDEN=1, then review it by eye`);
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) writeFileSync(changed, actual);
  expect(actual, `${name} differs from its golden; see ${changed}`).toBe(expected);
}
