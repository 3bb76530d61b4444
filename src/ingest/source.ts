/**
 * A file as the importer reads it: bytes that can be read from any offset, in chunks, as often as
 * needed, so no step ever holds the whole file as one string. The browser passes the bytes it has;
 * the command line passes a file on disk (scripts/file-source.ts), read a chunk at a time.
 */
import { sha256Hex } from './sha256.ts';

/** Bytes the importer reads in order, in chunks, more than once. */
export interface ByteSource {
  readonly size: number;
  /** Bytes from offset on, at most length of them; none only at the end of the file. */
  read(offset: number, length: number): Uint8Array;
  /** SHA-256 of the whole file, as hex. */
  sha256(): Promise<string>;
}

/** Bytes per chunk the importer decodes at a time. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** A source over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    sha256: () => sha256Hex(bytes),
  };
}

/** True for a ByteSource (as opposed to plain bytes). */
export function isByteSource(x: Uint8Array | ByteSource): x is ByteSource {
  return !ArrayBuffer.isView(x);
}

/** The chunks of a source from an offset to its end. */
export function* chunks(
  source: ByteSource,
  from = 0,
  size = CHUNK_BYTES,
): Generator<Uint8Array, void, undefined> {
  for (let at = from; at < source.size;) {
    const c = source.read(at, size);
    if (c.length === 0) return;
    at += c.length;
    yield c;
  }
}
