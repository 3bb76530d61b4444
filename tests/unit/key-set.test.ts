import { describe, expect, it } from 'vitest';
import { KeySet } from '../../src/ingest/keys.ts';

describe('the duplicate keys of an import', () => {
  it('give a repeat the first row and its figure, value or status, in packed and text keys', () => {
    const keys = new KeySet();
    const add = (geo: string, from: number, row: number, value: number | null, status: string) =>
      keys.add('ind', geo, from, from, 'all', 'all', row, { value, status });
    expect(add('3401', 2024, 2, 12.5, 'ok')).toBeUndefined();
    expect(add('3403', 2024, 3, null, 'suppressed')).toBeUndefined();
    // A year before 1900 does not fit the packed key: the text fallback keeps figures too.
    expect(add('3401', 1890, 4, 7, 'ok')).toBeUndefined();
    // Enough keys to grow the table several times: figures move with their keys.
    for (let i = 0; i < 5000; i++) add(String(10_000 + i), 2020, 10 + i, i, 'ok');
    expect(add('3401', 2024, 9000, 13, 'ok')).toBe(2);
    expect(keys.firstFigure).toEqual({ value: 12.5, status: 'ok' });
    expect(add('3403', 2024, 9001, null, 'missing')).toBe(3);
    expect(keys.firstFigure).toEqual({ value: null, status: 'suppressed' });
    expect(add('3401', 1890, 9002, 7, 'ok')).toBe(4);
    expect(keys.firstFigure).toEqual({ value: 7, status: 'ok' });
    expect(add('14999', 2020, 9003, 0, 'ok')).toBe(5009);
    expect(keys.firstFigure).toEqual({ value: 4999, status: 'ok' });
  });
});
