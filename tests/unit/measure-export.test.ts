import { describe, expect, it } from 'vitest';
import {
  measuresToCsv,
  measuresToIcs,
  measuresToJson,
  parseMeasureFile,
  type MeasureSet,
} from '../../src/export/measures.ts';
import { deleteFromOverlay, EMPTY_OVERLAY, putMeasure } from '../../src/domain/measure-overlay.ts';

const SET: MeasureSet = {
  measures: [
    {
      id: 'm1',
      plan_id: 'p',
      goal: 'Mål; med semikolon',
      title: '=HYPERLINK("x")',
      target_groups: 'youth|parents',
      prevention_level: 'universal',
      responsible: '@team',
      start_year: 2021,
      due_year: 2026,
      due_text: 'Vår 2026',
      cost_text: '-5000 kr',
      status: 'unknown',
      citation: 'Plan, "kap. 3"\nlinje 2',
    },
    {
      id: 'm2',
      plan_id: 'p',
      goal: null,
      title: 'Vanlig',
      target_groups: null,
      prevention_level: null,
      responsible: null,
      start_year: null,
      due_year: null,
      due_text: 'Kontinuerlig',
      cost_text: null,
      status: 'ongoing',
      citation: 'c',
    },
  ],
  links: [
    {
      measure_id: 'm1',
      theme_id: 'youth-substance',
      indicator_id: null,
      expected_direction: 'decrease',
    },
    {
      measure_id: 'm1',
      theme_id: null,
      indicator_id: 'ungdata-drunk-12m',
      expected_direction: 'decrease',
    },
    {
      measure_id: 'm2',
      theme_id: 'housing',
      indicator_id: 'brukerplan-homeless-persons',
      expected_direction: 'increase',
    },
  ],
};

describe('measure export and import', () => {
  it('CSV defuses formulas yet imports back exactly', () => {
    const csv = measuresToCsv(SET);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`;'@team;`);
    const back = parseMeasureFile(csv);
    expect(back.errors).toEqual([]);
    expect(back.measures).toEqual(SET.measures);
    expect(
      [...back.links].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([...SET.links].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    expect(measuresToCsv(back)).toBe(csv);
  });

  it('JSON round-trips exactly', () => {
    const json = measuresToJson(SET);
    const back = parseMeasureFile(json);
    expect(measuresToJson(back)).toBe(json);
  });

  it('refuses files that are not measure files', () => {
    expect(parseMeasureFile('{"a":1}').errors[0]).toContain('not an Oversikt measures file');
    expect(parseMeasureFile('a;b\n1;2').errors[0]).toContain('missing columns');
    expect(parseMeasureFile('{broken').errors[0]).toContain('JSON');
  });

  it('writes due dates as all-day calendar events, seasons as months', () => {
    const ics = measuresToIcs(SET.measures, '20261123T000000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260601');
    expect(ics).toContain('SUMMARY:Frist: =HYPERLINK("x")');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('the overlay keeps one entry per measure and parses the due year', () => {
    let o = putMeasure(EMPTY_OVERLAY, { ...SET.measures[0], due_text: 'Høst 2027' }, SET.links);
    expect(o.put.m1?.measure.due_year).toBe(2027);
    expect(o.put.m1?.links).toHaveLength(3);
    o = deleteFromOverlay(o, 'm1');
    expect(o.put).toEqual({});
    expect(o.deleted).toEqual(['m1']);
    o = putMeasure(o, SET.measures[0]!, []);
    expect(o.deleted).toEqual([]);
  });
});
