/**
 * A file's text, a chunk at a time: decoded with the file's encoding (a character split between
 * chunks comes out whole) and, by default, with every line end (CRLF, LF or a lone CR, mixed as
 * they come) turned into LF, so the tokenizer and the line numbers see one kind.
 */
import { decodeWindows1252 } from './cp1252.ts';
import type { Encoding } from './basic-types.ts';
import { chunks, type ByteSource } from './source.ts';

/** Which line ends a file uses. */
export interface LineEnds {
  crlf: boolean;
  lf: boolean;
  cr: boolean;
}

/**
 * How many bytes of a chunk end on a whole character (the rest waits for the next chunk): each
 * chunk is then decoded on its own, which is several times faster than a streaming TextDecoder.
 */
export function wholeCharacters(b: Uint8Array, encoding: Encoding['id']): number {
  const n = b.length;
  if (encoding === 'windows-1252' || n === 0) return n;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const even = n & ~1;
    if (even < 2) return even;
    const unit =
      encoding === 'utf-16le'
        ? (b[even - 2] as number) | ((b[even - 1] as number) << 8)
        : ((b[even - 2] as number) << 8) | (b[even - 1] as number);
    return unit >= 0xd800 && unit <= 0xdbff ? even - 2 : even;
  }
  let i = n - 1;
  while (i > n - 4 && i > 0 && ((b[i] as number) & 0xc0) === 0x80) i--;
  const lead = b[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return n - i < need ? i : n;
}

/** Chunks of a source cut at whole characters (the last one holds what is left). */
export function* wholeChunks(
  source: ByteSource,
  encoding: Encoding,
): Generator<Uint8Array, void, undefined> {
  let carry: Uint8Array | null = null;
  for (const c of chunks(source, encoding.skip)) {
    let b = c;
    if (carry) {
      b = new Uint8Array(carry.length + c.length);
      b.set(carry);
      b.set(c, carry.length);
    }
    const cut = wholeCharacters(b, encoding.id);
    carry = cut < b.length ? b.slice(cut) : null;
    if (cut > 0) yield b.subarray(0, cut);
  }
  if (carry) yield carry;
}

/** Decoded text of a source, read in order. */
export class TextStream {
  private readonly it: Generator<Uint8Array, void, undefined>;
  private readonly decoder: TextDecoder | null;
  private first = true;
  private heldCR = false;
  private ended = false;
  /** Bytes decoded so far. */
  bytesRead = 0;
  /** The kinds of line end seen so far. */
  readonly ends: LineEnds = { crlf: false, lf: false, cr: false };

  constructor(
    private readonly source: ByteSource,
    encoding: Encoding,
    private readonly normalise = true,
  ) {
    this.it = wholeChunks(source, encoding);
    this.bytesRead = encoding.skip;
    this.decoder =
      encoding.id === 'windows-1252'
        ? null
        : new TextDecoder(encoding.id === 'utf-8-bom' ? 'utf-8' : encoding.id);
  }

  /** Share of the file's bytes decoded so far (0–1). */
  position(): number {
    return this.source.size === 0 ? 1 : this.bytesRead / this.source.size;
  }

  /** The next piece of text (possibly empty), or null at the end. */
  next(): string | null {
    if (this.ended) return null;
    const r = this.it.next();
    let text: string;
    if (r.done) {
      this.ended = true;
      text = '';
      if (!this.heldCR) return null;
    } else {
      this.bytesRead += r.value.length;
      text = this.decoder ? this.decoder.decode(r.value) : decodeWindows1252(r.value);
    }
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return this.normalise ? this.lineEnds(text) : text;
  }

  /** CRLF and lone CR become LF; a CR at the end waits for the next chunk (it may be CRLF). */
  private lineEnds(chunk: string): string {
    let text = this.heldCR ? `\r${chunk}` : chunk;
    this.heldCR = false;
    if (text.indexOf('\r') === -1) {
      if (!this.ends.lf && text.indexOf('\n') !== -1) this.ends.lf = true;
      return text;
    }
    if (!this.ended && text.endsWith('\r')) {
      this.heldCR = true;
      text = text.slice(0, -1);
    }
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    const cr = text.split('\r').length - 1 - crlf;
    if (crlf > 0) this.ends.crlf = true;
    if (lf > 0) this.ends.lf = true;
    if (cr > 0) this.ends.cr = true;
    return text.replace(/\r\n?/g, '\n');
  }
}
