/**
 * A synthetic corpus for scaling benchmarks, made on the fly from the five real documents: every copy
 * has its numbers and district names perturbed by a seeded generator. Clearly labelled synthetic
 * (file names start with "synthetic-"), built in memory, never written into the app's data.
 */

const DISTRICTS = [
  '闵行',
  '普陀',
  '金山',
  '嘉定',
  '杨浦',
  '浦东',
  '徐汇',
  '长宁',
  '静安',
  '虹口',
  '宝山',
  '松江',
  '青浦',
  '奉贤',
  '崇明',
  '黄浦',
];
const DISTRICTS_TRAD = [
  '閔行',
  '普陀',
  '金山',
  '嘉定',
  '楊浦',
  '浦東',
  '徐匯',
  '長寧',
  '靜安',
  '虹口',
  '寶山',
  '松江',
  '青浦',
  '奉賢',
  '崇明',
  '黃浦',
];

/** Returns a seeded PRNG (mulberry32) giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces each run of digits with another of the same length (no leading zero), keeping the text's shape. */
function perturbNumbers(text: string, rand: () => number): string {
  return text.replace(/\d+/g, (digits) =>
    Array.from(digits, (_, i) =>
      String(i === 0 && digits.length > 1 ? 1 + Math.floor(rand() * 9) : Math.floor(rand() * 10)),
    ).join(''),
  );
}

/** Swaps every district name for one drawn from the list, in the same script. */
function perturbNames(text: string, rand: () => number): string {
  const pick = Math.floor(rand() * DISTRICTS.length);
  let out = text;
  DISTRICTS.forEach((name, i) => {
    out = out.replaceAll(name, DISTRICTS[(i + pick) % DISTRICTS.length]!);
    out = out.replaceAll(DISTRICTS_TRAD[i]!, DISTRICTS_TRAD[(i + pick) % DISTRICTS.length]!);
  });
  return out;
}

export interface SyntheticFile {
  file: string;
  text: string;
}

/** Yields `copies` perturbed copies of each seed document, one at a time, deterministically. */
export function* syntheticCorpus(seeds: SyntheticFile[], copies: number, seed = 1): Generator<SyntheticFile> {
  const rand = seededRandom(seed);
  for (let k = 0; k < copies; k++) {
    for (const s of seeds) {
      const copy = String(k).padStart(5, '0');
      yield { file: `synthetic-${copy}-${s.file}`, text: perturbNames(perturbNumbers(s.text, rand), rand) };
    }
  }
}
