/**
 * The simplest static host, for tests and benchmarks: serves a folder under an optional sub-path on
 * 127.0.0.1, with pre-compressed `.br`/`.gz` siblings when the client accepts them, and records every
 * request it answers.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** Base URL of the served folder, ending in '/'. */
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path the folder is served under, e.g. '/tools/notebook/'. Default '/'. */
  base?: string;
  port?: number;
  /** Answers every request with this status instead (simulates an unreachable host). */
  offline?: () => boolean;
}

/** Picks the file to send for a request path, or null when it is outside the folder or absent. */
function resolveFile(root: string, base: string, urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rel = decodeURIComponent(urlPath.slice(base.length)) || 'index.html';
  const file = normalize(join(root, rel));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/** Chooses a pre-compressed sibling the client accepts: brotli first, then gzip. */
function encodingFor(file: string, accept: string): { path: string; encoding: string | null } {
  if (/\bbr\b/.test(accept) && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (/\bgzip\b/.test(accept) && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return { path: file, encoding: null };
}

function answer(root: string, base: string, req: IncomingMessage, res: ServerResponse): void {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = resolveFile(root, base, urlPath);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const modified = statSync(file).mtime.toUTCString();
  // Revalidation with Last-Modified lets a warm load answer 304 instead of sending the bytes again.
  if (req.headers['if-modified-since'] === modified) {
    res.writeHead(304).end();
    return;
  }
  const { path, encoding } = encodingFor(file, String(req.headers['accept-encoding'] ?? ''));
  const headers: Record<string, string | number> = {
    'last-modified': modified,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(path).size,
    'cache-control': 'no-cache',
  };
  if (encoding) headers['content-encoding'] = encoding;
  res.writeHead(200, headers);
  createReadStream(path).pipe(res);
}

/** Serves `dir` on 127.0.0.1 (a free port unless given) and resolves once it listens. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = options.base ?? '/';
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (options.offline?.()) {
      req.socket.destroy();
      return;
    }
    answer(root, base, req, res);
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
