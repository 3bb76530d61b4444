import { describe, expect, it } from 'vitest';
import { validateRow, type RawRow } from '../../src/domain/validate.ts';

/** An observation whose figure fields are given as `v` (text or number). */
const obs = (v: Record<string, string | number>): RawRow => ({
  indicator_id: 'a',
  geo_code: '1554',
  period_from: '2021',
  period_to: '2021',
  sex: 'all',
  age: 'all',
  value: '12.5',
  status: 'ok',
  source_id: 's',
  ...v,
});

describe('validateRow with numbers already read', () => {
  // The import's normaliser passes the numbers it read; the checks must be those of their text.
  const cases: Record<string, number>[] = [
    { value: 12.5 },
    { value: 1e-7 },
    { value: -0 },
    { respondents: 12.5 },
    { respondents: 40 },
    { respondents: -3 },
    { period_from: 1850, period_to: 1850 },
    { period_from: 2022, period_to: 2021 },
    { period_from: 2021.5 },
    { value: Number.NaN },
    { value: Number.POSITIVE_INFINITY },
    { ci_low: 13, ci_high: 20 },
  ];
  for (const c of cases) {
    it(`checks ${JSON.stringify(c)} as its text would be`, () => {
      const asText = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, String(v)]));
      const fromText = validateRow('observation', obs(asText));
      const fromNumber = validateRow('observation', obs(c));
      expect(fromNumber).toEqual(fromText);
    });
  }

  it('rejects a fractional count of respondents and keeps a whole one', () => {
    expect(validateRow('observation', obs({ respondents: 12.5 })).issues).toEqual([
      { column: 'respondents', rule: 'must be a whole number', value: '12.5' },
    ]);
    expect(validateRow('observation', obs({ respondents: 40 })).row.respondents).toBe(40);
  });
});
