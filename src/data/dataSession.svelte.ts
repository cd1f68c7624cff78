import type { DbClient, TableSink } from '../db/types';
import type { LoadProblem, LoadProgress } from './loadData';
import { loadManifest } from './loadManifest';
import type { Manifest } from './manifest';
import { timed } from './timed';

export type SessionPhase = 'engine' | 'data' | 'ready' | 'failed';

interface Engine extends DbClient, TableSink {
  lockDown(): Promise<string[]>;
}

/** The engine and the corpus in it, as the page sees them while they load and after. */
export class DataSession {
  phase = $state<SessionPhase>('engine');
  progress = $state<LoadProgress | null>(null);
  manifest = $state.raw<Manifest | null>(null);
  problems = $state.raw<LoadProblem[]>([]);
  /** Why the engine or the manifest could not start; tables that fail alone are in `problems`. */
  failure = $state<string | null>(null);
  db = $state.raw<DbClient | null>(null);

  /**
   * Starts the engine and loads every table listed in dataUrl/manifest.json. The engine's code, the manifest
   * and the Parquet files are fetched at once; the engine and the decoders are separate chunks, so the page
   * can draw before they arrive. `onManifest` hears the manifest as soon as it is read.
   */
  async start(dataUrl: string, onManifest: (manifest: Manifest | null) => void = () => {}): Promise<void> {
    const engine = timed('engine', () =>
      import('../db/duckdbClient').then(({ DuckDbClient }) => DuckDbClient.open() as Promise<Engine>),
    );
    engine.catch(() => undefined);
    const loader = import('./loadData');
    try {
      const manifest = await loadManifest(dataUrl).catch((error: unknown) => {
        onManifest(null);
        throw error;
      });
      this.manifest = manifest;
      onManifest(manifest);
      this.phase = 'data';
      const { loadData } = await loader;
      const report = await loadData(engine, manifest, dataUrl, (p) => (this.progress = p));
      this.problems = report.problems;
      const client = await engine;
      await client.lockDown();
      this.db = client;
      this.phase = 'ready';
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }
}
