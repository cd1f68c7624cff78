/** Compresses bytes with gzip (CompressionStream). */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return readAll(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip')), Infinity);
}

/** Decompresses gzip bytes; throws when they are not gzip, are cut short, or inflate beyond maxBytes. */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  return readAll(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')), maxBytes);
}

// Reading chunk by chunk lets a decompression bomb be stopped at the cap instead of filling memory.
async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(maxBytes);
    }
    parts.push(next.value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** Thrown when decompressed data would exceed the cap. */
export class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`larger than ${maxBytes} bytes when decompressed`);
  }
}
