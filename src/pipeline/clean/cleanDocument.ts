import type { CleanDocument, Finding, QualitySummary, SourceDocument, TextRepair } from '../types';
import { cleanLine } from './cleanLine';
import { convertLine, detectScript } from './convertScript';
import commonWordBigrams from './commonWordBigrams.json';
import corpusCounts from './corpusCharCounts.json';
import { createLanguageModel, type LanguageModel } from './languageModel';
import type { LineState } from './lineEdits';

const CORPUS_MODEL = createLanguageModel(corpusCounts, commonWordBigrams);

/**
 * Cleans a source document: recovers byte-shift mojibake, fixes entity remnants, strips pinyin readings
 * and converts to simplified script. Line i of the result is line i of the source; every change is a
 * TextRepair and every doubt a Finding. `model` scores recovery candidates (default: the corpus's own counts plus common-word bigrams).
 */
export function cleanDocument(src: SourceDocument, model: LanguageModel = CORPUS_MODEL): CleanDocument {
  const lines = src.raw.split('\n').map((text, i) => cleanLine({ line: i + 1, text, repairs: [], findings: [] }, model));
  const findings: Finding[] = lines.flatMap((l) => l.findings);
  const original = lines.map((l) => l.text).join('\n');
  const text = lines.map((l) => convertLine(l.text, l.line, findings)).join('\n');
  const repairs = placeRepairs(lines);
  return { ...src, text, original, script: detectScript(original, text), repairs, quality: summarise(lines, repairs), findings };
}

function placeRepairs(lines: LineState[]): TextRepair[] {
  let offset = 0;
  return lines.flatMap((l) => {
    const placed = l.repairs.map(({ start, end, readingsRemoved: _, ...r }) => ({ ...r, line: l.line, charStart: offset + start, charEnd: offset + end }));
    offset += l.text.length + 1;
    return placed;
  });
}

function summarise(lines: LineState[], repairs: TextRepair[]): QualitySummary {
  const mojibake = repairs.filter((r) => r.kind === 'mojibake');
  return {
    annotationsStripped: lines.flatMap((l) => l.repairs).reduce((n, r) => n + r.readingsRemoved, 0),
    entitiesFixed: repairs.filter((r) => r.kind === 'entity').length,
    spansExact: mojibake.filter((r) => r.status === 'exact').length,
    spansGuessed: mojibake.filter((r) => r.status === 'guessed').length,
    spansUnrepaired: mojibake.filter((r) => r.status === 'unrepaired').length,
  };
}
