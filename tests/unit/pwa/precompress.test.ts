import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../src/pwa/precompress';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Deterministic bytes with no redundancy for a compressor to find (a SHA-256 chain). */
function noise(length: number): Buffer {
  const blocks = Array.from({ length: Math.ceil(length / 32) }, (_, i) =>
    createHash('sha256').update(String(i)).digest(),
  );
  return Buffer.concat(blocks).subarray(0, length);
}

const TEXT = Buffer.from('SELECT district, count(*) FROM measures GROUP BY district;\n'.repeat(400));

describe('precompressDir', () => {
  it('writes .br and .gz siblings that decompress to the original, for large text and wasm files in every folder', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), TEXT);
    writeFileSync(join(dir, 'assets', 'engine.wasm'), Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d]), TEXT]));
    const files = await precompressDir(dir, { cacheDir: null });
    expect(files.map((f) => f.file)).toEqual([join('assets', 'app.js'), join('assets', 'engine.wasm')]);
    for (const f of files) {
      const original = readFileSync(join(dir, f.file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${f.file}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(dir, `${f.file}.gz`)))).toEqual(original);
      expect(f.br).toBeLessThan(f.gz);
      expect(f.gz).toBeLessThan(f.bytes);
    }
  });

  it('leaves small files, other types and incompressible content without siblings', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'tiny.js'), 'export {};');
    writeFileSync(join(dir, 'photo.png'), TEXT);
    writeFileSync(join(dir, 'table.parquet'), noise(4096));
    const files = await precompressDir(dir, { cacheDir: null });
    expect(readdirSync(dir).sort()).toEqual(['photo.png', 'table.parquet', 'tiny.js']);
    expect(files).toEqual([{ file: 'table.parquet', bytes: 4096, br: 4096, gz: 4096 }]);
  });

  it('reuses compressed output from its cache by content, so an unchanged engine is compressed once', async () => {
    const [dir, cache] = [scratch(), scratch()];
    writeFileSync(join(dir, 'a.js'), TEXT);
    await precompressDir(dir, { cacheDir: cache });
    expect(
      readdirSync(cache)
        .map((f) => f.replace(/^[0-9a-f]{64}/, 'hash'))
        .sort(),
    ).toEqual(['hash.br', 'hash.gz']);
    const marked = readdirSync(cache).find((f) => f.endsWith('.br'))!;
    writeFileSync(join(cache, marked), Buffer.from('from the cache'));
    await precompressDir(dir, { cacheDir: cache });
    expect(readFileSync(join(dir, 'a.js.br'), 'utf8')).toBe('from the cache');
  });
});
