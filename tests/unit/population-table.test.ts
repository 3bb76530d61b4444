/**
 * SSB table 07459 lands on the built-in population (src/ingest/population-table.ts): single years
 * of age are summed into its bands only when every place, year and sex has every age once with a
 * number; otherwise the file is read as a table of its own and a note says why.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../pipelines/lib/csv.ts';
import { ingestText } from '../../src/i18n/ingest-text.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { curatedContext, realFormats } from './ingest-helpers.ts';

const context = curatedContext();
const TITLE = '"07459: Befolkning, etter region, alder, statistikkvariabel og år"';

/** A 07459 file for Halden with the ages given (`age → persons`). */
function file(ages: [string, number | string][]): string {
  return [
    TITLE,
    '',
    '"region";"alder";"Personer 2024"',
    ...ages.map(([a, n]) => `"K-3101 Halden";"${a}";${n}`),
  ].join('\n');
}
const everyAge = (): [string, number][] =>
  Array.from({ length: 106 }, (_, a) => [a === 105 ? '105 år eller eldre' : `${a} år`, 10]);
const read = (text: string, options: IngestOptions = {}) =>
  ingestFile(new TextEncoder().encode(text), 'Personer.csv', context, options);

describe('SSB table 07459', () => {
  it('sums every single year of age into the bands of the built-in population', async () => {
    const r = await read(file(everyAge()));
    expect(r.report.indicators.map((i) => [i.id, i.status])).toEqual([['population', 'matched']]);
    const band = (age: string) => r.observations.find((o) => o.age === age)?.value;
    expect([band('all'), band('0_17'), band('13_19'), band('18_plus')]).toEqual([
      1060, 180, 70, 880,
    ]);
    expect([band('0_74'), band('67_plus'), band('80_plus')]).toEqual([750, 390, 260]);
    expect(r.observations).toHaveLength(7);
  });

  const refusals: [string, [string, number | string][], string][] = [
    ['an age is missing', everyAge().filter(([a]) => a !== '40 år'), 'lacks age 40'],
    ['an age comes twice', [...everyAge(), ['7 år', 3]], 'gives age 7 år again'],
    ['an age has no number', everyAge().map(([a, n]) => [a, a === '3 år' ? '".."' : n]), 'but ..'],
    [
      'the ages are bands',
      [
        ['0-4 år', 5],
        ['5 år eller eldre', 9],
      ],
      'neither one year',
    ],
  ];
  it.each(refusals)('reads the file as a table of its own when %s', async (_, ages, why) => {
    const r = await read(file(ages));
    expect(r.report.indicators.map((i) => i.id)).not.toContain('population');
    const note = r.report.notes.find((n) => n.code === 'note.population-not-summed');
    expect(note?.params?.why).toBeDefined();
    expect(note && ingestText('en', note)).toContain(why);
    // Nothing is lost: every figure of the file is kept as it stands.
    expect(r.report.rowsKept).toBe(ages.length - (why === 'gives age 7 år again' ? 1 : 0));
  });

  it('leaves the figures to the indicator the user named', async () => {
    const r = await read(file(everyAge()), { indicatorId: 'halden-alder' });
    expect(r.report.indicators.map((i) => i.id)).toEqual(['halden-alder']);
    expect(r.observations).toHaveLength(106);
  });
});

const { dir: REAL, missing } = realFormats('ssb/', 'population-table: real SSB files left out');

describe.skipIf(missing)('the real SSB 07459 files, imported again', () => {
  const curated = new Map(
    parseCsvText(
      readFileSync(
        new URL('../../pipelines/curated/population/population.csv', import.meta.url),
        'utf8',
      ),
    ).rows.flatMap((r) => {
      const c = r.raw as Record<string, string>;
      return ['all', '0_17', '13_19', '18_plus', '0_74', '67_plus', '80_plus'].map(
        (age) =>
          [
            `${c.geo_code}|${c.year}|${c.sex}|${age}`,
            c[age] === '' ? null : Number(c[age]),
          ] as const,
      );
    }),
  );
  it.each(['statbank-07459-population-2021.csv', 'pxweb-07459-population-2022.jsonstat2.json'])(
    '%s lands on the built-in figures, each the same',
    async (name) => {
      const r = await ingestFile(
        new Uint8Array(readFileSync(new URL(name, REAL))),
        'download.csv',
        context,
      );
      expect(r.report.indicators.map((i) => [i.id, i.status])).toEqual([['population', 'matched']]);
      expect(r.observations.length).toBeGreaterThan(350);
      for (const o of r.observations)
        expect([o.geo_code, o.age, o.value]).toEqual([
          o.geo_code,
          o.age,
          curated.get(`${o.geo_code}|${o.period_from}|${o.sex}|${o.age}`),
        ]);
    },
  );
});
