import {
  Bool,
  type Data,
  type DataType,
  DateDay,
  Dictionary,
  Float64,
  Int32,
  makeData,
  makeVector,
  Utf8,
} from 'apache-arrow';
import { dictionaryIndices, type PageRows, type PageSink, UnsupportedParquet } from './parquetPages';
import type { ColumnType } from './schema';

/** Collects a column's pages into one Arrow buffer set of its manifest type. */
export interface ColumnBuilder extends PageSink {
  finish(): Data<DataType>;
}

/** Returns the builder for a manifest type stored as this Parquet physical type; throws when they do not fit. */
export function columnBuilder(type: ColumnType, physical: string | undefined, rows: number): ColumnBuilder {
  const fits = { VARCHAR: 'BYTE_ARRAY', INTEGER: 'INT32', DATE: 'INT32', DOUBLE: 'DOUBLE', BOOLEAN: 'BOOLEAN' }[type];
  if (physical !== fits) throw new UnsupportedParquet(`${type} stored as ${physical}`);
  if (type === 'VARCHAR') return new TextBuilder(rows);
  if (type === 'BOOLEAN') return new BoolBuilder(rows);
  return type === 'DOUBLE'
    ? new NumberBuilder(rows, Float64Array, new Float64())
    : new NumberBuilder(rows, Int32Array, type === 'DATE' ? new DateDay() : new Int32());
}

/** The validity bitmap of a whole column, filled page by page. */
class Validity {
  readonly bitmap: Uint8Array;
  nullCount = 0;

  constructor(rows: number) {
    this.bitmap = new Uint8Array((rows + 7) >> 3);
  }

  /** Marks the page's rows as valid or null. */
  add({ rowStart, count, valid }: PageRows): void {
    const bitmap = this.bitmap;
    if (!valid) return setBits(bitmap, rowStart, rowStart + count);
    for (let i = 0; i < count; i++) {
      const row = rowStart + i;
      if (valid[i]) bitmap[row >> 3]! |= 1 << (row & 7);
      else this.nullCount++;
    }
  }

  fields(): { nullBitmap: Uint8Array; nullCount: number } {
    return { nullBitmap: this.nullCount ? this.bitmap : new Uint8Array(0), nullCount: this.nullCount };
  }
}

function setBits(bitmap: Uint8Array, from: number, to: number): void {
  let row = from;
  for (; row < to && row & 7; row++) bitmap[row >> 3]! |= 1 << (row & 7);
  const whole = (to - row) >> 3;
  bitmap.fill(0xff, row >> 3, (row >> 3) + whole);
  for (row += whole * 8; row < to; row++) bitmap[row >> 3]! |= 1 << (row & 7);
}

/**
 * Writes a page's non-null values (`values[j]`, or `dictionary[values[j]]`) to their rows of `out`, plus
 * `base` (the pool offset of a text dictionary). Loops written out: a callback per cell costs more than the
 * decoding at a million rows.
 */
function scatter(
  page: PageRows,
  out: NumberArray,
  values: ArrayLike<number>,
  dictionary: ArrayLike<number> | null,
  base = 0,
): void {
  const { rowStart, count, valid } = page;
  if (!valid && !dictionary && !base) return out.set(values as NumberArray, rowStart);
  for (let i = 0, j = 0; i < count; i++) {
    if (valid && !valid[i]) continue;
    const v = values[j++]!;
    out[rowStart + i] = dictionary ? dictionary[v]! : base + v;
  }
}

type NumberArray = Int32Array | Float64Array;

class NumberBuilder implements ColumnBuilder {
  #values: NumberArray;
  #dictionary: NumberArray | null = null;
  #validity: Validity;

  constructor(
    rows: number,
    private readonly array: {
      new (n: number): NumberArray;
      new (b: ArrayBuffer): NumberArray;
      BYTES_PER_ELEMENT: number;
    },
    private readonly type: DataType,
  ) {
    this.#values = new array(rows);
    this.#validity = new Validity(rows);
  }

  dictionary(bytes: Uint8Array, count: number): void {
    this.#dictionary = this.#read(bytes, 0, count);
  }

  page(page: PageRows): void {
    this.#validity.add(page);
    if (!page.dictionaryEncoded)
      return scatter(page, this.#values, this.#read(page.bytes, page.offset, page.nonNull), null);
    if (!this.#dictionary) throw new Error('parquet dictionary page missing');
    scatter(page, this.#values, dictionaryIndices(page), this.#dictionary);
  }

  // Copies because a page's values may start at an offset that is not a multiple of the element size.
  #read(bytes: Uint8Array, offset: number, count: number): NumberArray {
    const size = this.array.BYTES_PER_ELEMENT;
    if (bytes.length < offset + count * size) throw new Error('parquet page shorter than its values');
    return new this.array(bytes.slice(offset, offset + count * size).buffer);
  }

  finish(): Data<DataType> {
    return makeData({
      type: this.type,
      length: this.#values.length,
      data: this.#values,
      ...this.#validity.fields(),
    } as never);
  }
}

class BoolBuilder implements ColumnBuilder {
  #bits: Uint8Array;
  #rows: number;
  #validity: Validity;

  constructor(rows: number) {
    this.#rows = rows;
    this.#bits = new Uint8Array((rows + 7) >> 3);
    this.#validity = new Validity(rows);
  }

  dictionary(): void {
    throw new UnsupportedParquet('dictionary-encoded BOOLEAN');
  }

  page(page: PageRows): void {
    if (page.dictionaryEncoded) throw new UnsupportedParquet('dictionary-encoded BOOLEAN');
    this.#validity.add(page);
    const { bytes, offset, rowStart, count, valid } = page;
    for (let i = 0, j = 0; i < count; i++) {
      if (valid && !valid[i]) continue;
      const row = rowStart + i;
      if ((bytes[offset + (j >> 3)]! >> (j & 7)) & 1) this.#bits[row >> 3]! |= 1 << (row & 7);
      j++;
    }
  }

  finish(): Data<Bool> {
    return makeData({ type: new Bool(), length: this.#rows, data: this.#bits, ...this.#validity.fields() });
  }
}

/** Text values as UTF-8 bytes with offsets, grown as values arrive. */
class Utf8Pool {
  bytes = new Uint8Array(1 << 16);
  offsets = new Int32Array(1 << 10);
  count = 0;

  /** Appends `count` PLAIN byte-array values (4-byte length, then the bytes) read from `page` at `pos`. */
  appendPlain(page: Uint8Array, pos: number, count: number): void {
    for (let i = 0; i < count; i++) {
      if (pos + 4 > page.length) throw new Error('parquet page shorter than its values');
      const length = (page[pos]! | (page[pos + 1]! << 8) | (page[pos + 2]! << 16) | (page[pos + 3]! << 24)) >>> 0;
      pos += 4;
      if (pos + length > page.length) throw new Error('parquet page shorter than its values');
      this.#append(page, pos, length);
      pos += length;
    }
  }

  #append(source: Uint8Array, from: number, length: number): void {
    const at = this.offsets[this.count]!;
    if (at + length > this.bytes.length) this.bytes = grow(this.bytes, at + length);
    if (this.count + 2 > this.offsets.length) this.offsets = grow(this.offsets, this.count + 2);
    if (length < 32) for (let k = 0; k < length; k++) this.bytes[at + k] = source[from + k]!;
    else this.bytes.set(source.subarray(from, from + length), at);
    this.offsets[++this.count] = at + length;
  }

  data(): Data<Utf8> {
    return makeData({
      type: new Utf8(),
      length: this.count,
      valueOffsets: this.offsets.subarray(0, this.count + 1),
      data: this.bytes.subarray(0, this.offsets[this.count]),
    });
  }
}

function grow<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Text: every distinct Parquet dictionary entry and every PLAIN value goes once into a pool, each row keeps
 * the pool index of its value. A pool much smaller than the column (a Parquet dictionary reused by every
 * row) becomes an Arrow dictionary, so a sentence shared by a million rows is not copied a million times;
 * otherwise the rows are written out as plain UTF-8 (as they are already, in order, for PLAIN pages).
 */
class TextBuilder implements ColumnBuilder {
  #pool = new Utf8Pool();
  #keys: Int32Array;
  #dictionaryBase = -1;
  #inOrder = true;
  #validity: Validity;

  constructor(private readonly rows: number) {
    this.#keys = new Int32Array(rows);
    this.#validity = new Validity(rows);
  }

  dictionary(bytes: Uint8Array, count: number): void {
    this.#dictionaryBase = this.#pool.count;
    this.#pool.appendPlain(bytes, 0, count);
  }

  page(page: PageRows): void {
    this.#validity.add(page);
    if (page.dictionaryEncoded) {
      if (this.#dictionaryBase < 0) throw new Error('parquet dictionary page missing');
      this.#inOrder = false;
      return scatter(page, this.#keys, dictionaryIndices(page), null, this.#dictionaryBase);
    }
    const first = this.#pool.count;
    this.#pool.appendPlain(page.bytes, page.offset, page.nonNull);
    const { rowStart, count, valid } = page;
    for (let i = 0, j = first; i < count; i++) if (!valid || valid[i]) this.#keys[rowStart + i] = j++;
  }

  finish(): Data<Utf8 | Dictionary<Utf8, Int32>> {
    const validity = this.#validity.fields();
    if (this.#inOrder) return this.#plain(validity);
    if (this.#pool.count <= this.rows / 2) {
      return makeData({
        type: new Dictionary(new Utf8(), new Int32()),
        length: this.rows,
        data: this.#keys,
        dictionary: makeVector(this.#pool.data()),
        ...validity,
      });
    }
    return this.#gathered(validity);
  }

  /** Every value arrived PLAIN and in row order: the pool is the column, nulls are empty slots. */
  #plain(validity: { nullBitmap: Uint8Array; nullCount: number }): Data<Utf8> {
    const { offsets, bytes, count } = this.#pool;
    const valueOffsets = new Int32Array(this.rows + 1);
    if (!validity.nullCount) valueOffsets.set(offsets.subarray(0, count + 1));
    else
      for (let row = 0, j = 0; row < this.rows; row++)
        valueOffsets[row + 1] = offsets[(j += (validity.nullBitmap[row >> 3]! >> (row & 7)) & 1)]!;
    return makeData({
      type: new Utf8(),
      length: this.rows,
      valueOffsets,
      data: bytes.subarray(0, offsets[count]),
      ...validity,
    });
  }

  #gathered(validity: { nullBitmap: Uint8Array; nullCount: number }): Data<Utf8> {
    const { offsets, bytes } = this.#pool;
    const valueOffsets = new Int32Array(this.rows + 1);
    let total = 0;
    for (let row = 0; row < this.rows; row++) {
      if (isValid(validity, row)) total += offsets[this.#keys[row]! + 1]! - offsets[this.#keys[row]!]!;
      valueOffsets[row + 1] = total;
    }
    const data = new Uint8Array(total);
    for (let row = 0; row < this.rows; row++) {
      if (!isValid(validity, row)) continue;
      const k = this.#keys[row]!;
      data.set(bytes.subarray(offsets[k]!, offsets[k + 1]!), valueOffsets[row]!);
    }
    return makeData({ type: new Utf8(), length: this.rows, valueOffsets, data, ...validity });
  }
}

function isValid({ nullBitmap, nullCount }: { nullBitmap: Uint8Array; nullCount: number }, row: number): boolean {
  return !nullCount || ((nullBitmap[row >> 3]! >> (row & 7)) & 1) === 1;
}
