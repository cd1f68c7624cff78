import { snappyUncompress } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import type { ColumnMetaData } from 'hyparquet';

/**
 * Reading one flat column chunk page by page, straight into typed arrays: the definition levels of a page
 * become a validity mask and dictionary indices an Int32Array, so no JavaScript value is made per cell.
 * Only what the project's writer (DuckDB's COPY … FORMAT parquet) produces is read here: data pages v1,
 * PLAIN or dictionary encoding, snappy or no compression. Anything else throws UnsupportedParquet and the
 * caller decodes the file with hyparquet's general reader.
 */
export class UnsupportedParquet extends Error {}

/** One data page: `count` rows from `rowStart`; `valid[i]` is 0 for a null (null when no row is null). */
export interface PageRows {
  rowStart: number;
  count: number;
  valid: Int32Array | null;
  nonNull: number;
  /** The page after its levels: PLAIN values or, for dictionary pages, the bit width byte and the indices. */
  bytes: Uint8Array;
  offset: number;
  dictionaryEncoded: boolean;
}

/** What a column builder takes from the pages of its column chunks. */
export interface PageSink {
  dictionary(bytes: Uint8Array, count: number): void;
  page(page: PageRows): void;
}

/** Feeds every page of a column chunk to `sink`; `rowStart` is the row group's first row. */
export function readChunkPages(
  file: Uint8Array,
  meta: ColumnMetaData,
  nullable: boolean,
  rowStart: number,
  sink: PageSink,
): void {
  if (meta.codec !== 'SNAPPY' && meta.codec !== 'UNCOMPRESSED') throw new UnsupportedParquet(`codec ${meta.codec}`);
  const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  const reader = {
    view: new DataView(file.buffer, file.byteOffset, file.byteLength),
    offset: Math.min(start, Number(meta.data_page_offset)),
  };
  let row = rowStart;
  for (let seen = 0; seen < Number(meta.num_values);) {
    const header = parquetHeader(reader);
    const raw = file.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (header.type === 'DICTIONARY_PAGE') {
      sink.dictionary(
        uncompress(raw, header.uncompressed_page_size, meta.codec),
        header.dictionary_page_header!.num_values,
      );
    } else if (header.type === 'DATA_PAGE') {
      const count = header.data_page_header!.num_values;
      sink.page(
        dataPage(
          uncompress(raw, header.uncompressed_page_size, meta.codec),
          count,
          nullable,
          row,
          header.data_page_header!.encoding,
        ),
      );
      row += count;
      seen += count;
    } else if (header.type === 'DATA_PAGE_V2') {
      throw new UnsupportedParquet('data page v2');
    } else if (header.type !== 'INDEX_PAGE') {
      throw new Error(`parquet page of unknown type at byte ${reader.offset}`);
    }
  }
}

function uncompress(raw: Uint8Array, size: number, codec: string): Uint8Array {
  if (codec === 'UNCOMPRESSED') return raw;
  const out = new Uint8Array(size);
  snappyUncompress(raw, out);
  return out;
}

function dataPage(bytes: Uint8Array, count: number, nullable: boolean, rowStart: number, encoding: string): PageRows {
  const dictionaryEncoded = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
  if (!dictionaryEncoded && encoding !== 'PLAIN') throw new UnsupportedParquet(`encoding ${encoding}`);
  if (!nullable) return { rowStart, count, valid: null, nonNull: count, bytes, offset: 0, dictionaryEncoded };
  const length = bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24);
  const valid = new Int32Array(count);
  decodeHybrid(bytes, 4, 4 + length, 1, valid, count);
  let nonNull = 0;
  for (let i = 0; i < count; i++) nonNull += valid[i]!;
  return {
    rowStart,
    count,
    valid: nonNull === count ? null : valid,
    nonNull,
    bytes,
    offset: 4 + length,
    dictionaryEncoded,
  };
}

/** Reads a dictionary-encoded page's indices (a bit width byte, then the RLE/bit-packed hybrid), one per non-null row. */
export function dictionaryIndices(page: PageRows): Int32Array {
  const out = new Int32Array(page.nonNull);
  const width = page.bytes[page.offset]!;
  if (width > 24) throw new UnsupportedParquet(`dictionary index width ${width}`);
  decodeHybrid(page.bytes, page.offset + 1, page.bytes.length, width, out, page.nonNull);
  return out;
}

/** Decodes Parquet's RLE/bit-packed hybrid encoding of `count` values of `width` bits (≤ 24) into `out`. */
export function decodeHybrid(
  bytes: Uint8Array,
  pos: number,
  end: number,
  width: number,
  out: Int32Array,
  count: number,
): void {
  let seen = 0;
  while (seen < count) {
    if (pos >= end) throw new Error('parquet page ends inside its levels or indices');
    let header = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[pos++]!;
      header |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    if (header & 1) {
      const groups = header >>> 1;
      unpackBits(bytes, pos, width, out, seen, Math.min(groups * 8, count - seen));
      pos += groups * width;
      seen += groups * 8;
    } else {
      const run = header >>> 1;
      let value = 0;
      for (let i = 0; i < (width + 7) >> 3; i++) value |= bytes[pos++]! << (8 * i);
      out.fill(value, seen, Math.min(seen + run, count));
      seen += run;
    }
  }
}

// A bit buffer holds at most width - 1 + 8 ≤ 31 bits, so every byte is read once and nothing overflows.
function unpackBits(bytes: Uint8Array, pos: number, width: number, out: Int32Array, at: number, take: number): void {
  if (pos + Math.ceil((take * width) / 8) > bytes.length) throw new Error('parquet page ends inside a bit-packed run');
  const mask = (1 << width) - 1;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < take; i++) {
    while (bits < width) {
      buffer |= bytes[pos++]! << bits;
      bits += 8;
    }
    out[at + i] = buffer & mask;
    buffer >>>= width;
    bits -= width;
  }
}
