/**
 * Where the table starts (src/ingest/shape.ts), told from the file's start: Excel's sep= line,
 * padded title lines, preambles up to the limit, a header one field off the rows, wide headers.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PREAMBLE } from '../../src/ingest/limits.ts';
import { detectShape, sepDirective } from '../../src/ingest/shape.ts';

const shape = (text: string) => {
  const r = detectShape(text);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.shape;
};

describe('the shape of a table', () => {
  it("reads Excel's sep= line, quoted or not, and no other first line", () => {
    expect(sepDirective('sep=;\na;b\n')).toEqual({ sep: ';', next: 6 });
    expect(sepDirective('"sep=,"\r\n')?.sep).toBe(',');
    expect(sepDirective('SEP=\t\n')?.sep).toBe('\t');
    expect(sepDirective('sep;x\n')).toBeNull();
    expect(detectShape('sep=|\na|b\n1|2\n')).toEqual({
      ok: false,
      reason: { code: 'file.sep-unsupported', params: { sep: '|' } },
    });
  });

  it('lets the sep= line decide the separator, even where another splits more', () => {
    const s = shape('sep=;\na,b;c\n1,5;2\n3,5;4\n');
    expect(s).toMatchObject({ separator: ';', sepLine: true, headerLine: 2, header: ['a,b', 'c'] });
  });

  it('finds the header below titles padded with separators and rows of only separators', () => {
    const s = shape(
      'Tabell 1: Noe;;;\n;;;\nKommune;År;Kjønn;Andel\nFlå;2023;Jenter;1\nFlå;2023;Gutter;2\n',
    );
    expect(s).toMatchObject({
      separator: ';',
      headerLine: 3,
      preamble: ['Tabell 1: Noe'],
      header: ['Kommune', 'År', 'Kjønn', 'Andel'],
      width: 4,
      dataLine: 4,
    });
    expect(s.sample).toEqual([
      ['Flå', '2023', 'Jenter', '1'],
      ['Flå', '2023', 'Gutter', '2'],
    ]);
  });

  it(`reads up to ${MAX_PREAMBLE} lines above the header, and says where the table starts past that`, () => {
    const table = 'a;b;c\n1;2;3\n4;5;6\n';
    const above = (n: number) => Array.from({ length: n }, (_, i) => `Merknad, nr ${i}`).join('\n');
    expect(shape(`${above(MAX_PREAMBLE)}\n${table}`).headerLine).toBe(MAX_PREAMBLE + 1);
    expect(detectShape(`${above(MAX_PREAMBLE + 1)}\n${table}`)).toEqual({
      ok: false,
      reason: {
        code: 'file.preamble-too-long',
        params: { line: MAX_PREAMBLE + 2, lines: MAX_PREAMBLE + 1, limit: MAX_PREAMBLE },
      },
    });
  });

  it('reads a trailing separator on the header or the rows, and refuses anything else, saying which', () => {
    expect(shape('a;b;c;\n1;2;3\n4;5;6\n')).toMatchObject({ header: ['a', 'b', 'c'], width: 3 });
    expect(shape('a;b;c\n1;2;3;\n4;5;6;\n')).toMatchObject({ header: ['a', 'b', 'c'], width: 3 });
    expect(detectShape('a;b;c\n1;2;3;x\n4;5;6;y\n')).toEqual({
      ok: false,
      reason: { code: 'file.header-narrower', params: { header: 3, rows: 4 } },
    });
    expect(detectShape('a;b;c;d\n1;2;3\n4;5;6\n')).toEqual({
      ok: false,
      reason: { code: 'file.header-wider', params: { header: 4, rows: 3 } },
    });
  });

  it('reads a header longer than 64 KiB', () => {
    const names = Array.from({ length: 9000 }, (_, i) => `kolonne_${i}`);
    const s = shape(`${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
    expect(s.width).toBe(9000);
    expect(s.header.at(-1)).toBe('kolonne_8999');
  });

  it('keeps separators inside quotes out of the count, and prose is not a table', () => {
    expect(shape('"a;b",c\n"1;2",3\n"4;5",6\n')).toMatchObject({ separator: ',', width: 2 });
    expect(detectShape('This is a letter, not a table.\nKind regards\nThe municipality\n')).toEqual(
      {
        ok: false,
        reason: { code: 'file.no-columns' },
      },
    );
  });
});
