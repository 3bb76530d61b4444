/**
 * An FHI table the embedded figures were built from lands under the built-in indicators when a
 * user imports it again (src/ingest/known-tables.ts), whatever the file is called.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FHI_SPECS } from '../../pipelines/fhi-specs.ts';
import { parseCsvText } from '../../pipelines/lib/csv.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { KNOWN_TABLES } from '../../src/ingest/known-tables.ts';
import { curatedContext, realFormats } from './ingest-helpers.ts';

const context = curatedContext();
const enc = (s: string) => new TextEncoder().encode(s);

describe('known FHI tables', () => {
  it('are the tables and slices the pipelines build the embedded FHI series from', () => {
    const fromSpecs = FHI_SPECS.map((s) => ({
      columns: [
        ...(typeof s.indicator === 'string' ? [] : [s.indicator.column]),
        ...Object.keys(s.fixed),
      ].sort(),
      slices: (typeof s.indicator === 'string'
        ? [{ id: s.indicator, where: s.fixed }]
        : Object.entries(s.indicator.map).map(([label, id]) => ({
            id,
            where: { ...s.fixed, [(s.indicator as { column: string }).column]: label },
          }))
      ).sort((a, b) => a.id.localeCompare(b.id)),
    }));
    const known = KNOWN_TABLES.map((t) => ({
      columns: [...t.columns].sort(),
      slices: t.slices
        .map((x) => ({ id: x.id, where: { ...x.where } }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    }));
    expect(known).toEqual(fromSpecs);
    for (const t of KNOWN_TABLES)
      for (const s of t.slices) expect(context.indicator.map((i) => i.id)).toContain(s.id);
  });

  const header = 'Geografi,År,Kjønn,Alder,Plagegrad,Sosioøkonomiske ressurser (SØR),Måltall,value';
  const file = [
    header,
    'Skien,2024,kjønn samlet,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",13.9',
    'Skien,2024,jenter,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",:',
    'Skien,2024,kjønn samlet,8-10.trinn,ikke plaget,Total SØR,"andel (prosent, standardisert)",86.1',
  ].join('\n');

  it('puts the built-in slice under its indicator and other slices under new ones, under any name', async () => {
    const r = await ingestFile(enc(file), 'nedlasting (1).csv', context);
    expect(r.report.indicators.map((i) => [i.id, i.status, i.rows])).toEqual([
      ['fhi-ungdata-depressive-symptoms', 'matched', 2],
      ['nedlasting-1-ikke-plaget', 'created', 1],
    ]);
    const mine = r.observations.filter((o) => o.indicator_id === 'fhi-ungdata-depressive-symptoms');
    expect(mine.map((o) => [o.geo_code, o.sex, o.age, o.value, o.status])).toEqual([
      ['4003', 'all', 'grade_8_10', 13.9, 'ok'],
      ['4003', 'female', 'grade_8_10', null, 'suppressed'],
    ]);
  });

  it('leaves the file to the indicator the user chose', async () => {
    const r = await ingestFile(enc(file), 'plager.csv', context, {
      indicatorId: 'ungdata-depressive-symptoms',
    });
    expect(r.report.indicators.map((i) => i.id)).not.toContain('fhi-ungdata-depressive-symptoms');
  });

  it('does not take a table with a column the known one lacks', async () => {
    const wider = file
      .split('\n')
      .map((l, i) => `${l},${i === 0 ? 'Utdanning' : 'alle'}`)
      .join('\n');
    const r = await ingestFile(enc(wider), 'plager.csv', context);
    expect(r.report.rowsKept).toBe(3);
    expect(r.report.indicators.map((i) => i.id)).not.toContain('fhi-ungdata-depressive-symptoms');
  });
});

const { dir: REAL, missing } = realFormats('fhi/', 'known-tables: real FHI files left out');

describe.skipIf(missing)('the real FHI files, imported again', () => {
  for (const spec of FHI_SPECS) {
    it(`${spec.file}: every figure lands on the embedded one, with the same value and status`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(spec.file, REAL)));
      const r = await ingestFile(
        bytes,
        'download.csv',
        context,
        spec.value.fraction ? { shares: 'fraction' } : {},
      );
      const embedded = parseCsvText(
        readFileSync(
          new URL(`../../pipelines/curated/observation/${spec.out}`, import.meta.url),
          'utf8',
        ),
      ).rows.map((x) => x.raw as Record<string, string>);
      const key = (o: Record<string, unknown>) =>
        [o.indicator_id, o.geo_code, o.period_from, o.period_to, o.sex, o.age].join('|');
      const imported = new Map(r.observations.map((o) => [key(o), o]));
      expect(r.report.indicators.every((i) => i.status === 'matched')).toBe(true);
      expect(imported.size).toBe(embedded.length);
      for (const e of embedded) {
        const o = imported.get(key(e));
        expect(o, key(e)).toBeDefined();
        expect(o?.status).toBe(e.status);
        if (e.value === '') expect(o?.value).toBeNull();
        else expect(o?.value as number).toBeCloseTo(Number(e.value), 9);
      }
    });
  }
});
