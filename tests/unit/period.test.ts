import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodMid } from '../../src/domain/period.ts';
import { parseDueText } from '../../src/domain/due-text.ts';

describe('parsePeriod', () => {
  it.each([
    ['2015', { from: 2015, to: 2015 }],
    ['2013_2015', { from: 2013, to: 2015 }],
    ['2013-2015', { from: 2013, to: 2015 }],
    ['2013–2015', { from: 2013, to: 2015 }],
    [' 2020_2020 ', { from: 2020, to: 2020 }],
    ['2013/2015', { from: 2013, to: 2015 }],
  ])('%s', (text, expected) => expect(parsePeriod(text)).toEqual(expected));

  it.each(['', '15', '2015-13', '2015_2013', 'år 2015', '2015_2016_2017', '20155'])(
    'rejects %j',
    (text) => expect(parsePeriod(text)).toBeNull(),
  );

  it('formats and centres periods', () => {
    expect(formatPeriod({ from: 2013, to: 2015 })).toBe('2013–2015');
    expect(formatPeriod({ from: 2020, to: 2020 })).toBe('2020');
    expect(periodMid({ from: 2013, to: 2015 })).toBe(2014);
  });
});

describe('parseDueText', () => {
  it.each([
    ['Vår 2026', 2026, false],
    ['Høst 2025', 2025, false],
    ['2019–2020', 2020, false],
    ['Kontinuerlig', null, true],
    ['Årlig', null, true],
    ['Løpende, evaluering 2024', 2024, true],
    ['', null, false],
    [null, null, false],
    ['Innen utgangen av 2027', 2027, false],
  ])('%j → due %s, continuous %s', (text, due, continuous) => {
    expect(parseDueText(text)).toEqual({ dueYear: due, continuous, startYear: null });
  });

  it.each([
    ['Fra 2018', 2018, null],
    ['Oppstart høst 2019', 2019, null],
    ['I budsjett og økonomiplan fra 2019', 2019, null],
    ['Fra 2019, evalueres 2021', 2019, 2021],
  ])('%j starts %s and is due %s', (text, start, due) => {
    expect(parseDueText(text)).toMatchObject({
      startYear: start,
      dueYear: due,
      continuous: due === null,
    });
  });

  it('reads "Jevnlig" as continuous', () => expect(parseDueText('Jevnlig').continuous).toBe(true));
});
