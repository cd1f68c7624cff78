import type { SQLNamespace } from '@codemirror/lang-sql';
import type { Manifest } from '../data/manifest';

/** Returns the table → column completions CodeMirror offers, with types and descriptions from the manifest. */
export function sqlSchema(manifest: Manifest | null): SQLNamespace {
  if (!manifest) return {};
  return Object.fromEntries(
    manifest.tables.map((t) => [
      t.name,
      {
        self: { label: t.name, type: 'type', info: t.description },
        children: t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: c.description })),
      },
    ]),
  );
}
