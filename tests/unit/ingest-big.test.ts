/**
 * Big files never crash: the importer reads a file a chunk at a time (the same result for any
 * chunking, characters and line ends split anywhere), never asks for more than a chunk, passes
 * over a record too long to read and names its lines, refuses JSON past its limit, and the
 * browser refuses a file past its limit in words, with both sizes. The limits are lowered by
 * injection so nothing here writes hundreds of megabytes.
 */
import { describe, expect, it } from 'vitest';
import { ingestReason } from '../../src/i18n/ingest-text.ts';
import { tooLargeForBrowser } from '../../src/imports/limits.ts';
import { CsvCursor } from '../../src/ingest/csv.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { MAX_JSON_BYTES } from '../../src/ingest/limits.ts';
import { sha256Hex } from '../../src/ingest/sha256.ts';
import { CHUNK_BYTES, type ByteSource } from '../../src/ingest/source.ts';
import { encodeUtf16le, encodeWindows1252 } from '../fixtures/ingest/make-fixtures.ts';
import { curatedContext } from './ingest-helpers.ts';

const context = curatedContext();

/** A source over bytes that serves reads of uneven sizes and remembers the largest asked for. */
function unevenSource(bytes: Uint8Array, sizes: number[]) {
  let k = 0;
  const spy = { largest: 0, reads: 0 };
  const source: ByteSource = {
    size: bytes.length,
    read(offset, length) {
      spy.largest = Math.max(spy.largest, length);
      spy.reads++;
      const n = Math.min(length, sizes[k++ % sizes.length] as number);
      return bytes.subarray(offset, Math.min(bytes.length, offset + n));
    },
    sha256: () => sha256Hex(bytes),
  };
  return { source, spy };
}

/** A long table with æøå and an en dash, quoted notes with line breaks, CRLF/LF/CR line ends. */
function table(rows: number): string {
  const ends = ['\r\n', '\n', '\r'];
  let t = 'indicator_id;geo_code;period;sex;value;note\r\n';
  const places = ['Averøy', 'Flå', 'Bærum', 'Tromsø', 'Kragerø'];
  for (let i = 0; i < rows; i++) {
    const note = i % 7 === 0 ? `"to\nlinjer – «${i}»"` : `ø${i}`;
    t += `ungdata-bullied;${places[i % 5]};${1900 + Math.floor(i / 15)};${['all', 'male', 'female'][Math.floor(i / 5) % 3]};${(i % 900) / 10};${note}${ends[i % 3]}`;
  }
  return t;
}

describe('reading in chunks', () => {
  const text = table(1500);
  const encodings: [string, Uint8Array][] = [
    ['utf-8', new TextEncoder().encode(text)],
    ['windows-1252', encodeWindows1252(text.replaceAll('«', '"').replaceAll('»', '"'))],
    ['utf-16le', encodeUtf16le(text)],
  ];
  for (const [name, bytes] of encodings)
    it(`gives the same result for any chunking (${name})`, async () => {
      const whole = await ingestFile(bytes, 't.csv', context, { retrieved: '2026-01-01' });
      expect(whole.report).toMatchObject({
        ok: true,
        format: 'generic-long',
        rowsRead: 1500,
        rowsKept: 1500,
        rowsUnreadable: 0,
      });
      for (const sizes of [
        [1, 2, 3],
        [997, 1, 2, 4093],
      ]) {
        const { source, spy } = unevenSource(bytes, sizes);
        const chunked = await ingestFile(source, 't.csv', context, { retrieved: '2026-01-01' });
        expect(chunked.observations).toEqual(whole.observations);
        const { ms: _a, ...rest } = chunked.report;
        const { ms: _b, ...want } = whole.report;
        expect(rest).toEqual(want);
        expect(spy.largest).toBeLessThanOrEqual(CHUNK_BYTES);
      }
    });

  it('never asks for more than a chunk, and reads a many-chunk file in a few passes', async () => {
    const bytes = new TextEncoder().encode(table(60_000)); // about 2.6 MB
    const { source, spy } = unevenSource(bytes, [256 * 1024]);
    const r = await ingestFile(source, 't.csv', context);
    expect(r.report.rowsRead).toBe(60_000);
    expect(spy.largest).toBeLessThanOrEqual(CHUNK_BYTES);
    // The encoding check, the start of the file, the rows: three passes at most.
    expect(spy.reads).toBeLessThanOrEqual(3 * Math.ceil(bytes.length / (256 * 1024)) + 3);
  });

  it('hands kept rows over in batches when asked, keeping none itself', async () => {
    const bytes = new TextEncoder().encode(table(3000));
    const batches: number[] = [];
    const r = await ingestFile(bytes, 't.csv', context, {
      onRows: (rows) => void batches.push(rows.length),
    });
    expect(r.observations).toEqual([]);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(r.report.rowsKept);
    expect(r.report.rowsKept).toBeGreaterThan(0);
  });
});

describe('a record too long to read', () => {
  it('is passed over, its lines named, and reading goes on after it (limit lowered to 40)', () => {
    const text = 'a,b\n1,2\n"x,' + 'y'.repeat(100) + '\nz",3\n4,5\n' + 'q'.repeat(60) + ',6\n7,8\n';
    const c = new CsvCursor(text, ',', 0, 1, undefined, 40);
    const out = [];
    for (let r = c.next(); r !== null; r = c.next()) out.push(r.unreadable ?? r.fields);
    expect(out).toEqual([
      ['a', 'b'],
      ['1', '2'],
      { from: 3, to: 4, reason: { code: 'unreadable.too-long', params: { limit: 40 } } },
      ['4', '5'],
      { from: 6, to: 6, reason: { code: 'unreadable.too-long', params: { limit: 40 } } },
      ['7', '8'],
    ]);
  });

  it('streams past a quote that never closes without holding the rest (pulled in chunks)', () => {
    const parts = ['a,b\n1,2\n"open', ...Array.from({ length: 50 }, (_, i) => `,${i}\n`), 'end'];
    let k = 0;
    const c = new CsvCursor(
      () => (k < parts.length ? (parts[k++] as string) : null),
      ',',
      0,
      1,
      undefined,
      64,
    );
    c.next();
    c.next();
    expect(c.next()?.unreadable).toEqual({
      from: 3,
      to: 53,
      reason: { code: 'unreadable.unclosed-quote', params: { line: 3 } },
    });
    expect(c.next()).toBeNull();
  });
});

describe('size limits', () => {
  it('refuses a JSON file past its limit, with both sizes, from its first bytes', async () => {
    const size = MAX_JSON_BYTES + 1;
    const head = new TextEncoder().encode(`{"class":"dataset",${'\n'.repeat(1000)}`);
    let read = 0;
    const source: ByteSource = {
      size,
      read(offset, length) {
        read += length;
        const out = new Uint8Array(Math.min(length, size - offset)).fill(32);
        if (offset === 0) out.set(head.subarray(0, out.length));
        return out;
      },
      sha256: () => Promise.resolve('0'.repeat(64)),
    };
    const r = await ingestFile(source, 'huge.json', context);
    expect(r.report.error).toEqual({
      code: 'file.json-too-large',
      params: { size, limit: MAX_JSON_BYTES },
    });
    expect(ingestReason('nb', r.report.error!)).toBe(
      'Filen kan ikke leses: JSON-filen er 268,4 MB; JSON leses i sin helhet, opptil 268,4 MB: be om et mindre utvalg, eller om CSV',
    );
    expect(read).toBeLessThanOrEqual(4096);
  });

  it('the browser refuses a file past its limit in words, with the limit and the size', () => {
    const file = { name: 'stor.csv', size: 654_321_000 };
    expect(tooLargeForBrowser(file, 700_000_000)).toBeNull();
    const refused = tooLargeForBrowser(file, 300_000_000);
    expect(refused?.parts).toEqual([]);
    expect(refused?.report).toMatchObject({ ok: false, fileName: 'stor.csv', bytes: 654_321_000 });
    expect(ingestReason('nb', refused!.report.error!)).toBe(
      'Filen kan ikke leses: filen er 654,3 MB, mer enn nettleseren leser (300 MB); del den i mindre filer, eller importer den på kommandolinjen (npm run ingest), som leser filer av alle størrelser',
    );
    expect(ingestReason('en', refused!.report.error!)).toContain(
      'the file is 654.3 MB, more than the browser reads (300 MB)',
    );
  });
});
