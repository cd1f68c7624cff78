import type { CleanDocument, Finding, QualitySummary, SourceDocument, TextRepair } from '../types';
import { cleanLine, type LineCleaner } from './cleanLine';
import { convertText, detectScript } from './convertScript';
import commonWordBigrams from './commonWordBigrams.json';
import commonWords from './commonWords.json';
import corpusCounts from './corpusCharCounts.json';
import { createScriptFilter } from './documentScript';
import { createLanguageModel, type LanguageModel } from './languageModel';
import type { LineState } from './lineEdits';
import { createCandidateLister, createGbkIndex, type GbkIndex } from './listCandidates';
import { once } from './once';
import { createReadings } from './readings';
import { createWordModel } from './wordModel';

/** The corpus's own counts plus common-word bigrams, built the first time a document needs scoring. */
const corpusModel = once(() => createLanguageModel(corpusCounts, commonWordBigrams));
const corpusIndex = once(() => createGbkIndex(corpusModel()));
const wordModel = once(() => createWordModel(commonWords));

/**
 * Cleans a source document: recovers byte-shift mojibake, fixes entity remnants, strips pinyin readings
 * and converts to simplified script. Line i of the result is line i of the source; every change is a
 * TextRepair and every doubt a Finding. `model` scores recovery candidates (default: the corpus's own counts plus common-word bigrams).
 */
export function cleanDocument(src: SourceDocument, model?: LanguageModel): CleanDocument {
  const cleaner = lineCleaner(src.raw, model);
  const lines = src.raw
    .split('\n')
    .map((text, i) => cleanLine({ line: i + 1, text, repairs: [], findings: [] }, cleaner));
  const findings: Finding[] = lines.flatMap((l) => l.findings);
  const original = lines.map((l) => l.text).join('\n');
  const text = convertText(original, findings);
  const repairs = placeRepairs(lines);
  return {
    ...src,
    text,
    original,
    script: detectScript(original, text),
    repairs,
    quality: summarise(lines, repairs),
    findings,
  };
}

/** A cleaner for one document; the models, the index and the script filter are only built if a line turns out to need them. */
function lineCleaner(raw: string, model: LanguageModel | undefined): LineCleaner {
  const readings = createReadings();
  const ownIndex = model === undefined ? corpusIndex : once((): GbkIndex => createGbkIndex(model));
  const list = once(() => createCandidateLister(ownIndex(), model ?? corpusModel(), readings, createScriptFilter(raw)));
  return {
    readings,
    get list() {
      return list();
    },
    get words() {
      return wordModel();
    },
    get model() {
      return model ?? corpusModel();
    },
    get index() {
      return ownIndex();
    },
  };
}

function placeRepairs(lines: LineState[]): TextRepair[] {
  let offset = 0;
  return lines.flatMap((l) => {
    const placed = l.repairs.map((r): TextRepair => ({
      kind: r.kind,
      raw: r.raw,
      result: r.result,
      status: r.status,
      candidates: r.candidates,
      rule: r.rule,
      line: l.line,
      charStart: offset + r.start,
      charEnd: offset + r.end,
    }));
    offset += l.text.length + 1;
    return placed;
  });
}

function summarise(lines: LineState[], repairs: TextRepair[]): QualitySummary {
  const mojibake = repairs.filter((r) => r.kind === 'mojibake');
  return {
    annotationsStripped: lines.reduce((n, l) => l.repairs.reduce((m, r) => m + r.readingsRemoved, n), 0),
    entitiesFixed: repairs.filter((r) => r.kind === 'entity').length,
    spansExact: mojibake.filter((r) => r.status === 'exact').length,
    spansGuessed: mojibake.filter((r) => r.status === 'guessed').length,
    spansUnrepaired: mojibake.filter((r) => r.status === 'unrepaired').length,
  };
}
