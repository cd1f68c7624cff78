/**
 * Build step (Node only): writes serve-ready `.br` and `.gz` siblings next to the large text and binary
 * assets of the build, so a static host that can send pre-compressed files (nginx gzip_static/brotli_static,
 * Caddy precompressed, src/cli/serveStatic.ts) never compresses at request time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface PrecompressOptions {
  /** Files smaller than this are left alone: the headers would cost more than the saving. */
  minBytes?: number;
  /** File name endings to compress. */
  extensions?: readonly string[];
  /**
   * Where compressed outputs are kept by content hash. Brotli at quality 11 takes over a minute for the
   * DuckDB wasm; its bytes only change with the DuckDB version, so later builds reuse the result.
   */
  cacheDir?: string | null;
}

/** One file and what its compressed siblings weigh. */
export interface CompressedFile {
  file: string;
  bytes: number;
  br: number;
  gz: number;
}

const DEFAULTS = {
  minBytes: 1024,
  extensions: ['.js', '.mjs', '.css', '.html', '.wasm', '.json', '.parquet', '.svg', '.txt', '.webmanifest'],
};

/** Returns the Vite plugin that precompresses the build output once everything (the service worker too) is written. */
export function precompress(options: PrecompressOptions = {}): Plugin {
  let outDir = '';
  let cacheDir: string | null = null;
  return {
    name: 'notebook:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      cacheDir = options.cacheDir === undefined ? join(config.cacheDir, 'precompress') : options.cacheDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const files = await precompressDir(outDir, { ...options, cacheDir });
        const total = files.reduce((n, f) => n + f.br, 0);
        this.info?.(`precompressed ${files.length} files; brotli total ${(total / 1e6).toFixed(2)} MB`);
      },
    },
  };
}

/** Writes `<file>.br` and `<file>.gz` beside every matching file under dir where compression saves bytes. */
export async function precompressDir(dir: string, options: PrecompressOptions = {}): Promise<CompressedFile[]> {
  const minBytes = options.minBytes ?? DEFAULTS.minBytes;
  const extensions = options.extensions ?? DEFAULTS.extensions;
  const paths = (await listFiles(dir)).filter((p) => extensions.some((e) => p.endsWith(e)));
  const results = await Promise.all(paths.map((p) => compressFile(p, minBytes, options.cacheDir ?? null)));
  return results
    .filter((r): r is CompressedFile => r !== null)
    .map((r) => ({ ...r, file: relative(dir, r.file) }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

async function compressFile(path: string, minBytes: number, cacheDir: string | null): Promise<CompressedFile | null> {
  const bytes = await readFile(path);
  if (bytes.length < minBytes) return null;
  const [br, gzipped] = await Promise.all([
    cached(bytes, 'br', cacheDir, toBrotli),
    cached(bytes, 'gz', cacheDir, toGzip),
  ]);
  // Already-compressed content (snappy Parquet pages, tiny files) can grow; a sibling that saves nothing is not written.
  const keepBr = br.length < bytes.length;
  const keepGz = gzipped.length < bytes.length;
  if (keepBr) await writeFile(`${path}.br`, br);
  if (keepGz) await writeFile(`${path}.gz`, gzipped);
  return {
    file: path,
    bytes: bytes.length,
    br: keepBr ? br.length : bytes.length,
    gz: keepGz ? gzipped.length : bytes.length,
  };
}

function toBrotli(bytes: Buffer): Promise<Buffer> {
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

function toGzip(bytes: Buffer): Promise<Buffer> {
  return gz(bytes, { level: 9 });
}

async function cached(
  bytes: Buffer,
  kind: string,
  cacheDir: string | null,
  compress: (b: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  if (!cacheDir) return compress(bytes);
  const key = join(cacheDir, `${createHash('sha256').update(bytes).digest('hex')}.${kind}`);
  const hit = await readFile(key).catch(() => null);
  if (hit) return hit;
  const out = await compress(bytes);
  await mkdir(cacheDir, { recursive: true });
  // Two builds may run at once (tests, a developer's preview): write aside, then rename into place.
  const temporary = `${key}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, out);
  await rename(temporary, key);
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return listFiles(path);
      return e.isFile() && (await stat(path)).size > 0 ? [path] : [];
    }),
  );
  return nested.flat();
}
