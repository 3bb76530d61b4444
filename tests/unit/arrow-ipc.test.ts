import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsToIPC } from '../../src/arrow/ipc.ts';
import { tableToRows } from '../../src/arrow/to-rows.ts';
import { TABLES } from '../../src/domain/contract.ts';

describe('Arrow IPC from contract rows', () => {
  it('round-trips text, whole numbers, decimals and nulls (æøå and Sámi letters included)', () => {
    const rows = [
      {
        indicator_id: 'a',
        geo_code: '1554',
        period_from: 2013,
        period_to: 2015,
        sex: 'all',
        age: '0_74',
        value: 12.5,
        ci_low: null,
        ci_high: null,
        numerator: null,
        denominator: null,
        respondents: 33,
        status: 'ok',
        source_id: 's',
        note: 'Snåase – Snåsa, Ørland',
      },
      {
        indicator_id: 'a',
        geo_code: '0',
        period_from: 2020,
        period_to: 2020,
        sex: 'female',
        age: 'all',
        value: null,
        ci_low: null,
        ci_high: null,
        numerator: null,
        denominator: null,
        respondents: null,
        status: 'suppressed',
        source_id: 's',
        note: null,
      },
      {
        indicator_id: 'b',
        geo_code: '5057',
        period_from: 2021,
        period_to: 2021,
        sex: 'male',
        age: 'all',
        value: 0,
        ci_low: -1.5,
        ci_high: 3,
        numerator: 7,
        denominator: 1000,
        respondents: 0,
        status: 'ok',
        source_id: 's',
        note: '',
      },
    ];
    const table = tableFromIPC(rowsToIPC('observation', rows));
    expect(table.schema.fields.map((f) => f.name)).toEqual(TABLES.observation.map((c) => c.name));
    expect(tableToRows(table)).toEqual(rows);
  });

  it('writes an empty table with the contract schema', () => {
    const table = tableFromIPC(rowsToIPC('source', []));
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(TABLES.source.map((c) => c.name));
  });
});
