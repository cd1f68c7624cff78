import { DuckDbClient } from '../db/duckdbClient';
import type { DbClient } from '../db/types';
import { loadData, type LoadProblem, type LoadProgress } from './loadData';
import { loadManifest } from './loadManifest';
import type { Manifest } from './manifest';

export type SessionPhase = 'engine' | 'data' | 'ready' | 'failed';

/** The engine and the corpus in it, as the page sees them while they load and after. */
export class DataSession {
  phase = $state<SessionPhase>('engine');
  progress = $state<LoadProgress | null>(null);
  manifest = $state.raw<Manifest | null>(null);
  problems = $state.raw<LoadProblem[]>([]);
  /** Why the engine or the manifest could not start; tables that fail alone are in `problems`. */
  failure = $state<string | null>(null);
  db = $state.raw<DbClient | null>(null);

  /** Starts the engine and loads every table listed in dataUrl/manifest.json. */
  async start(dataUrl: string): Promise<void> {
    try {
      const [client, manifest] = await Promise.all([DuckDbClient.open(), loadManifest(dataUrl)]);
      this.manifest = manifest;
      this.phase = 'data';
      const report = await loadData(client, manifest, dataUrl, (p) => (this.progress = p));
      this.problems = report.problems;
      await client.lockDown();
      this.db = client;
      this.phase = 'ready';
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
      this.phase = 'failed';
    }
  }
}
