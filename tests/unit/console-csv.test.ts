import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../src/export/csv.ts';

describe('CSV export', () => {
  it('defuses spreadsheet formulas but keeps numbers', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell('+47 123')).toBe("'+47 123");
    expect(safeCell('-1')).toBe("'-1");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell(-1)).toBe('-1');
    expect(safeCell(null)).toBe('');
    expect(safeCell('Ålesund')).toBe('Ålesund');
  });

  it('quotes separators, quotes and line breaks, with a BOM for Excel', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: 'x;y', b: 'he said "hi"\nthen' },
        { a: 1.5, b: null },
      ],
    );
    expect(csv).toBe('\uFEFFa;b\r\n"x;y";"he said ""hi""\nthen"\r\n1.5;\r\n');
  });
});
