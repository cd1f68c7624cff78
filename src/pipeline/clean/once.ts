/**
 * Defers building a read-only table until its first use and returns the same table afterwards, so
 * importing the cleaner costs nothing and a page that never meets a damaged line never builds it.
 */
export function once<T>(build: () => T): () => T {
  let table: { value: T } | undefined;
  return () => (table ??= { value: build() }).value;
}
