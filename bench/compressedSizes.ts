/**
 * Raw, gzip (level 9) and brotli (quality 11) sizes of built files, as a host that pre-compresses would
 * serve them. Brotli 11 on the 34 MB engine takes a minute, so sizes are cached by content hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

const CACHE = 'bench/results/compressed-sizes.json';

function readCache(): Record<string, Sizes> {
  return existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, Sizes>) : {};
}

/** Returns the three sizes of a file. */
export function compressedSizes(file: string): Sizes {
  const bytes = readFileSync(file);
  const key = createHash('sha256').update(bytes).digest('hex');
  const cache = readCache();
  if (cache[key]) return cache[key];
  const sizes: Sizes = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
  mkdirSync(dirname(CACHE), { recursive: true });
  writeFileSync(CACHE, JSON.stringify({ ...readCache(), [key]: sizes }, null, 1));
  return sizes;
}
