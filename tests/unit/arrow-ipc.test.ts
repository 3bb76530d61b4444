import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnData, dataToIPC, reordered, rowsToIPC } from '../../src/arrow/ipc.ts';
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

  it('puts text, numbers and nulls in another order, for few and for many distinct texts', () => {
    const n = 70_000; // more distinct notes than a dictionary holds (65 536)
    const few = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : `ålder-${i % 5}`));
    const many = Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : `note ${i} – Ørland`));
    const nums = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : i * 0.5));
    // One value on every row, none on any, and one value but nulls too (the last must move).
    const same = Array.from({ length: n }, () => 'import-x-1');
    const none = Array.from({ length: n }, () => null);
    const gaps = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? null : 'ok'));
    // A scattered order: every 7th row from each start, as a key order of a long file looks.
    const order = new Uint32Array(n);
    let at = 0;
    for (let s = 0; s < 7; s++) for (let i = s; i < n; i += 7) order[at++] = i;
    const specs = [
      { name: 'few', type: 'text', nullable: true },
      { name: 'many', type: 'text', nullable: true },
      { name: 'num', type: 'double', nullable: true },
      { name: 'same', type: 'text', nullable: true },
      { name: 'none', type: 'double', nullable: true },
      { name: 'gaps', type: 'text', nullable: true },
    ] as const;
    const data = [
      columnData('text', few),
      columnData('text', many),
      columnData('double', nums),
      columnData('text', same),
      columnData('double', none),
      columnData('text', gaps),
    ];
    const rows = tableToRows(
      tableFromIPC(
        dataToIPC(
          specs,
          data.map((d) => reordered(d, order)),
        ),
      ),
    );
    const want = [...order].map((r) => ({
      few: few[r],
      many: many[r],
      num: nums[r],
      same: same[r],
      none: none[r],
      gaps: gaps[r],
    }));
    expect(rows).toEqual(want);
    // The text written in the file's own order reads back as it was, too.
    const plain = tableToRows(tableFromIPC(dataToIPC(specs, data)));
    expect(plain[1]).toEqual({
      few: few[1],
      many: many[1],
      num: nums[1],
      same: same[1],
      none: null,
      gaps: gaps[1],
    });
    expect(plain.map((r) => r.few)).toEqual(few);
  });
});
