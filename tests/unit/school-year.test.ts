import { describe, expect, it } from 'vitest';
import { formatPeriod } from '../../src/domain/period.ts';
import { parseSchoolYearPeriod } from '../../src/domain/school-year.ts';

describe('parseSchoolYearPeriod', () => {
  it.each([
    ['2016/17', { from: 2016, to: 2016 }],
    ['2016/2017', { from: 2016, to: 2016 }],
    ['1999/00', { from: 1999, to: 1999 }],
    ['2016/17-2018/19', { from: 2016, to: 2018 }],
    ['2016/17–2018/19', { from: 2016, to: 2018 }],
    [' 2023/24 - 2025/26 ', { from: 2023, to: 2025 }],
  ])('%s is the survey years', (text, expected) =>
    expect(parseSchoolYearPeriod(text)).toEqual(expected),
  );

  it.each([
    '',
    '2016',
    '2016/18',
    '2016/17-2015/16',
    '2016/17-2018/19-2020/21',
    '16/17',
    '2016-17',
  ])('rejects %j', (text) => expect(parseSchoolYearPeriod(text)).toBeNull());

  it('formats a three-year span as the survey years it covers', () => {
    expect(formatPeriod(parseSchoolYearPeriod('2016/17-2018/19')!)).toBe('2016–2018');
  });
});
