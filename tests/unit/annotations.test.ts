import { describe, expect, it } from 'vitest';
import { annotationsFor } from '../../src/queries/annotations.ts';
import { sourceLine } from '../../src/i18n/source-line.ts';
import { annotationRowOf } from './rows.ts';

describe('measure annotations', () => {
  const rows = [
    annotationRowOf({
      indicator_id: 'a',
      id: 'm1',
      title: 'Kurs',
      status: 'unknown',
      from_year: 2021,
      to_year: 2024,
      plan_id: 'p',
      plan_title: 'Plan',
      plan_from: 2021,
      plan_to: 2024,
    }),
    annotationRowOf({
      indicator_id: 'a',
      id: 'm2',
      title: 'Tidlig',
      status: 'unknown',
      from_year: 2022,
      to_year: 2020,
      plan_id: 'p',
      plan_title: 'Plan',
      plan_from: 2021,
      plan_to: 2024,
    }),
    annotationRowOf({
      indicator_id: 'b',
      id: 'm3',
      title: 'Annet',
      status: 'unknown',
      from_year: 2021,
      to_year: 2024,
      plan_id: 'q',
      plan_title: 'Q',
      plan_from: 2018,
      plan_to: 2021,
    }),
    annotationRowOf({
      indicator_id: 'a',
      id: 'm4',
      title: 'Uten år',
      status: 'unknown',
      from_year: null,
      to_year: null,
      plan_id: 'q',
      plan_title: 'Q',
      plan_from: null,
      plan_to: null,
    }),
  ];

  it('keeps the indicator’s measures with years, one band per plan, and never a span that runs backwards', () => {
    const { measures, plans } = annotationsFor(rows, 'a');
    expect(measures.map((m) => [m.id, m.from, m.to])).toEqual([
      ['m1', 2021, 2024],
      ['m2', 2022, 2022],
    ]);
    expect(plans).toEqual([{ id: 'p', title: 'Plan', from: 2021, to: 2024 }]);
  });

  it('writes a plan-cited source as publisher, cited in document and section', () => {
    const s = {
      kind: 'plan',
      publisher: 'NOVA (Ungdata); Averøy kommune',
      citation: 'Averøy kommune, Ruspolitisk handlingsplan 2021–2024, avsnitt 2.2.1',
      title: 't',
    };
    expect(sourceLine(s, 'gjengitt i')).toBe(
      'NOVA (Ungdata), gjengitt i Averøy kommune, Ruspolitisk handlingsplan 2021–2024, avsnitt 2.2.1',
    );
    expect(
      sourceLine({ kind: 'import', publisher: 'SSB', citation: null, title: 'Tabell 07459' }, 'x'),
    ).toBe('SSB: Tabell 07459');
  });
});
