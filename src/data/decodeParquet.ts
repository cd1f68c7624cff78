import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import type { DecodedColumns } from './toArrowTable';

/**
 * Decodes a whole Parquet file into columns; throws when a wanted column is missing. Text stays UTF-8 bytes
 * (utf8: false): the Arrow buffers want bytes, and decoding to strings only to encode them again is the
 * largest cost at a million rows.
 */
export async function decodeParquet(
  buffer: ArrayBuffer,
  wanted: string[],
): Promise<{ columns: DecodedColumns; rows: number }> {
  const metadata = parquetMetadata(buffer);
  const present = new Set(parquetSchema(metadata).children.map((c) => c.element.name));
  const missing = wanted.filter((name) => !present.has(name));
  if (missing.length) throw new Error(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const rows = Number(metadata.num_rows);
  const chunks: Record<string, { rowStart: number; data: ArrayLike<unknown> }[]> = {};
  await parquetRead({
    file: buffer,
    metadata,
    columns: wanted,
    utf8: false,
    onChunk: ({ columnName, columnData, rowStart }) => (chunks[columnName] ??= []).push({ rowStart, data: columnData }),
  });
  const columns = Object.fromEntries(wanted.map((name) => [name, joinChunks(chunks[name] ?? [], rows)]));
  return { columns, rows };
}

function joinChunks(chunks: { rowStart: number; data: ArrayLike<unknown> }[], rows: number): ArrayLike<unknown> {
  if (chunks.length === 1 && chunks[0]!.rowStart === 0 && chunks[0]!.data.length === rows) return chunks[0]!.data;
  const out: unknown[] = new Array(rows).fill(null);
  for (const { rowStart, data } of chunks) for (let i = 0; i < data.length; i++) out[rowStart + i] = data[i];
  return out;
}
