import { describe, expect, it } from 'vitest';
import { compareDue, type DueFields } from '../../src/domain/due-order.ts';

const d = (
  due_text: string | null,
  due_year: number | null = null,
  start_year: number | null = null,
): DueFields => ({
  due_text,
  due_year,
  start_year,
});

const order = (items: DueFields[], dir: 1 | -1 = 1) =>
  [...items].sort((a, b) => compareDue(a, b, dir)).map((x) => x.due_text);

describe('deadlines sort as dates', () => {
  const items = [
    d('Kontinuerlig'),
    d('Høst 2026', 2026),
    d('2019'),
    d('Årlig'),
    d('Vår 2026', 2026),
    d('I løpet av 2018'),
    d('2025-2030', 2030),
    d(null),
    d('Uke 33 2018', 2018, 2017),
    d('Januar 2026', 2026),
  ];

  it('ascending: by year, then the season or month, then start year; undated after the dated, in Norwegian order', () => {
    expect(order(items)).toEqual([
      'I løpet av 2018',
      'Uke 33 2018',
      '2019',
      'Januar 2026',
      'Vår 2026',
      'Høst 2026',
      '2025-2030',
      'Kontinuerlig',
      'Årlig',
      null,
    ]);
  });

  it('descending: the latest first, and undated deadlines still last', () => {
    expect(order(items, -1)).toEqual([
      '2025-2030',
      'Høst 2026',
      'Vår 2026',
      'Januar 2026',
      '2019',
      'Uke 33 2018',
      'I løpet av 2018',
      'Kontinuerlig',
      'Årlig',
      null,
    ]);
  });

  it('the parsed year wins over the words, and the plan text stays as it was', () => {
    const a = d('Når organisatoriske endringer er effektuert', 2020);
    const b = d('2019');
    expect(compareDue(b, a)).toBeLessThan(0);
    expect(a.due_text).toBe('Når organisatoriske endringer er effektuert');
  });
});
