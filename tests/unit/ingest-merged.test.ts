/**
 * A code merged with others is one part of the place the merge formed: its figure is not that
 * place's figure. Before, the first part of a merge was kept as the whole place's figure (a
 * population of 27 000 for a Holmestrand of 37 000) and the other parts were rejected as duplicates.
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { curatedContext } from './ingest-helpers.ts';

const context = curatedContext();
const read = (text: string) =>
  ingestFile(new TextEncoder().encode(text), 'merged.csv', context, { retrieved: '2026-01-01' });

describe('codes merged with others', () => {
  it('rejects every part of a merge, with the merge and the place of today', async () => {
    // 0702, 0713, 0714 and 0715 went into Holmestrand 3802 in 2020 (SSB's list), which became
    // 3903 in 2024.
    const r = await read(
      'indicator_id;geo_code;period;value\n' +
        'population;0702;2015;27000\n' +
        'population;0714;2015;4700\n' +
        'med-antidepressants;0702;2015;80,1\n' +
        'population;3802;2021;37000\n',
    );
    expect(r.observations.map((o) => [o.geo_code, o.period_from, o.value])).toEqual([
      ['3903', 2021, 37000],
    ]);
    expect(r.report.duplicates).toBe(0);
    expect(r.report.rejections.map((x) => [x.row, x.params?.place])).toEqual([
      [2, '0702'],
      [3, '0714'],
      [4, '0702'],
    ]);
    const why = r.report.places.unknown.find((u) => u.text === '0714')?.reason;
    expect(why).toEqual({
      code: 'place.merged',
      params: {
        code: '0714',
        into: '3802',
        year: '2020',
        with: ['0702', '0713', '0715'],
        hint: { code: 'place.merged-today', params: { name: 'Holmestrand', code: '3903' } },
      },
    });
    expect(r.report.places.carried).toEqual([{ text: '3802', rows: 1, chain: ['3802', '3903'] }]);
  });
});
