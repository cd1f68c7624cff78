/**
 * The simplest static host, for tests and benchmarks: serves a folder under an optional sub-path on
 * 127.0.0.1, with pre-compressed `.br`/`.gz` siblings when the client accepts them, records every request it
 * answers, and can go offline (every connection dropped) to stand for a train without a network.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  '.map': 'application/json; charset=utf-8',
};

/** One request as the server saw and answered it. */
export interface ServedRequest {
  /** Path and query as requested. */
  url: string;
  /** HTTP status sent; 0 when the connection was dropped (offline). */
  status: number;
  /** Content-Encoding sent (br, gzip) or null for the file as is. */
  encoding: string | null;
  /** Body bytes sent. */
  bytes: number;
}

export interface StaticServer {
  /** Base URL of the served folder, ending in '/'. */
  url: string;
  /** Scheme, host and port: the page's origin. */
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Every request with what was sent back, in order. */
  log: ServedRequest[];
  /** Drops (true) or serves again (false) every connection. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path the folder is served under, e.g. '/tools/notebook/'. Default '/'. */
  base?: string;
  port?: number;
  /** When it returns true the connection is dropped unanswered (simulates an unreachable host). */
  offline?: () => boolean;
}

type Found = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | null;

/** Picks the file to send for a request path, a redirect for a folder named without its slash, or null. */
function resolveFile(root: string, base: string, urlPath: string): Found {
  if (`${urlPath}/` === base) return { kind: 'redirect', location: base };
  if (!urlPath.startsWith(base)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.slice(base.length)) || 'index.html';
  } catch {
    return null;
  }
  const file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/` };
    return existsSync(join(file, 'index.html')) ? { kind: 'file', path: join(file, 'index.html') } : null;
  }
  return existsSync(file) && statSync(file).isFile() ? { kind: 'file', path: file } : null;
}

/** Chooses a pre-compressed sibling the client accepts: brotli first, then gzip. */
function encodingFor(file: string, accept: string): { path: string; encoding: string | null } {
  if (/\bbr\b/.test(accept) && existsSync(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (/\bgzip\b/.test(accept) && existsSync(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return { path: file, encoding: null };
}

function answer(root: string, base: string, req: IncomingMessage, res: ServerResponse, record: ServedRequest): void {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const found = resolveFile(root, base, urlPath);
  if (!found) {
    record.status = 404;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (found.kind === 'redirect') {
    record.status = 301;
    res.writeHead(301, { location: found.location }).end();
    return;
  }
  const file = found.path;
  const modified = statSync(file).mtime.toUTCString();
  // Revalidation with Last-Modified lets a warm load answer 304 instead of sending the bytes again.
  if (req.headers['if-modified-since'] === modified) {
    record.status = 304;
    res.writeHead(304).end();
    return;
  }
  const { path, encoding } = encodingFor(file, String(req.headers['accept-encoding'] ?? ''));
  const size = statSync(path).size;
  const headers: Record<string, string | number> = {
    'last-modified': modified,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
  };
  if (encoding) headers['content-encoding'] = encoding;
  Object.assign(record, { status: 200, encoding, bytes: req.method === 'HEAD' ? 0 : size });
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
}

/** Serves `dir` on 127.0.0.1 (a free port unless given) and resolves once it listens. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = options.base ?? '/';
  const requests: string[] = [];
  const log: ServedRequest[] = [];
  let offline = false;
  const server: Server = createServer((req, res) => {
    const record: ServedRequest = { url: req.url ?? '', status: 0, encoding: null, bytes: 0 };
    requests.push(record.url);
    log.push(record);
    if (offline || options.offline?.()) {
      req.socket.destroy();
      return;
    }
    answer(root, base, req, res, record);
  });
  // A dropped connection must not keep a kept-alive socket serving: offline means no answers at all.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    log,
    setOffline: (value) => {
      offline = value;
      if (value) server.closeAllConnections();
    },
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
