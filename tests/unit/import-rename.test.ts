import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsToIPC } from '../../src/arrow/ipc.ts';
import { tableToRows } from '../../src/arrow/to-rows.ts';
import { editCreatedIndicators } from '../../src/imports/rename.ts';
import type { PreparedImport } from '../../src/imports/types.ts';

const ind = (id: string, name: string) => ({
  id,
  name_nb: name,
  name_en: name,
  theme_id: 'service-capacity',
  source_kind: 'other',
  unit: 'count',
  polarity: 'neutral',
  population: null,
  description_nb: null,
  description_en: null,
});

describe('naming the indicators an import creates', () => {
  const prepared = {
    report: {
      indicators: [
        { id: 'new-one', status: 'created', name_nb: 'new one', unit: 'count', rows: 2 },
        { id: 'known', status: 'matched', name_nb: 'Kjent', unit: 'count', rows: 1 },
      ],
    },
    parts: [
      {
        table: 'indicator',
        bytes: rowsToIPC('indicator', [ind('new-one', 'new one'), ind('known', 'Kjent')]),
        rows: 2,
      },
    ],
    createdIndicators: ['new-one'],
  } as unknown as PreparedImport;

  it('renames and re-themes only created indicators; blank fields keep what was read', () => {
    const out = editCreatedIndicators(prepared, {
      'new-one': { name_nb: ' Mitt tall ', name_en: '', theme_id: 'housing' },
      known: { name_nb: 'Not allowed' },
    });
    const rows = tableToRows(tableFromIPC(out.parts[0]!.bytes));
    expect(rows.find((r) => r.id === 'new-one')).toMatchObject({
      name_nb: 'Mitt tall',
      name_en: 'new one',
      theme_id: 'housing',
    });
    expect(rows.find((r) => r.id === 'known')).toMatchObject({
      name_nb: 'Kjent',
      theme_id: 'service-capacity',
    });
    expect(out.report.indicators[0]?.name_nb).toBe('Mitt tall');
  });
});
