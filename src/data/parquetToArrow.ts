import { makeVector, Table } from 'apache-arrow';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { columnBuilder } from './columnBuilders';
import { readChunkPages, UnsupportedParquet } from './parquetPages';
import type { ColumnSpec } from './schema';

export { UnsupportedParquet };

/**
 * Reads the manifest's columns of a Parquet file straight into Arrow buffers of the manifest's types, page
 * by page, without a JavaScript value per cell. Throws `missing column …` when a column is absent, and
 * UnsupportedParquet when the file uses an encoding, page type or layout this reader leaves to hyparquet.
 */
export function parquetToArrow(buffer: ArrayBuffer, columns: ColumnSpec[]): { table: Table; rows: number } {
  const metadata = parquetMetadata(buffer);
  const fields = new Map(parquetSchema(metadata).children.map((c) => [c.element.name, c]));
  const missing = columns.filter((c) => !fields.has(c.name)).map((c) => c.name);
  if (missing.length) throw new Error(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const rows = Number(metadata.num_rows);
  const file = new Uint8Array(buffer);
  const vectors = columns.map((spec) => {
    const field = fields.get(spec.name)!;
    if (field.children.length || field.element.repetition_type === 'REPEATED')
      throw new UnsupportedParquet(`nested column ${spec.name}`);
    const builder = columnBuilder(spec.type, field.element.type, rows);
    const nullable = field.element.repetition_type !== 'REQUIRED';
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const chunk = group.columns.find(
        (c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === spec.name,
      );
      if (!chunk?.meta_data || chunk.file_path) throw new UnsupportedParquet(`column chunk of ${spec.name}`);
      readChunkPages(file, chunk.meta_data, nullable, rowStart, builder);
      rowStart += Number(group.num_rows);
    }
    if (rowStart !== rows) throw new Error("parquet row groups do not add up to the file's rows");
    return [spec.name, makeVector(builder.finish())] as const;
  });
  return { table: new Table(Object.fromEntries(vectors)), rows };
}
