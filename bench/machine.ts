/** The machine and the versions a benchmark ran with, for the report's header. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  loadAverage: string;
  versions: Record<string, string>;
}

const PACKAGES = [
  '@duckdb/duckdb-wasm',
  '@duckdb/node-api',
  'apache-arrow',
  'hyparquet',
  '@observablehq/plot',
  'svelte',
  'vite',
  'playwright-core',
];

function installedVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    // Packages whose exports hide package.json: read it from node_modules directly.
    return (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
  }
}

/** Describes this machine and the installed versions of the packages the figures depend on. */
export function describeMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
    versions: Object.fromEntries(PACKAGES.map((p) => [p, installedVersion(p)])),
  };
}
