import { toSimplified } from '../../search/toSimplified';
import type { CleanDocument, SourceDocument } from '../types';

const ENTITIES: Record<string, string> = { ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', nbsp: ' ' };

/** Cleans a source document. (Interim: strips pinyin and entities naively; the real cleaner replaces this.) */
export function cleanDocument(src: SourceDocument): CleanDocument {
  let original = src.raw.replace(/([\u4e00-\u9fff])\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\)/g, '$1');
  original = original.replace(/&?(ldquo|rdquo|lsquo|rsquo|mdash|hellip|middot|nbsp);/g, (_, n: string) => ENTITIES[n] ?? '');
  const traditional = toSimplified(original) !== original && /[們這個國規發區]/.test(original);
  return {
    ...src,
    text: toSimplified(original),
    original,
    script: traditional ? 'traditional' : 'simplified',
    repairs: [],
    quality: { annotationsStripped: 0, entitiesFixed: 0, spansExact: 0, spansGuessed: 0, spansUnrepaired: 0 },
    findings: [],
  };
}
