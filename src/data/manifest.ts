import type { ColumnSpec } from './schema';

/** One table as the manifest describes it to the app. */
export interface ManifestTable {
  name: string;
  description: string;
  /** Path of the Parquet file, relative to manifest.json. */
  file: string;
  rows: number;
  bytes: number;
  /** SHA-256 of the Parquet file, hex. */
  sha256: string;
  columns: ColumnSpec[];
}

/** public/data/manifest.json: what the build wrote, for the app's loader and schema browser. */
export interface Manifest {
  format: 1;
  /** Content hash over every table's hash: the data version a shared notebook records. */
  version: string;
  tables: ManifestTable[];
  sources: { doc_id: string; file: string; title: string }[];
}
