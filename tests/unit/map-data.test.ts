import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decoder, text } from '../../src/arrow/decode.ts';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { BORDERS_FILE, BORDERS_RAW, buildBorders } from '../../pipelines/borders.ts';
import { bordersFrom } from '../../src/queries/map-borders.ts';
import { chooseSlice, loadMap, mapStateFrom } from '../../src/queries/map.ts';
import { mapFigures, mapSlices } from '../../src/sql/map.ts';
import { HAS_RAW, noteIfLeftOut, RAW_DIR } from './raw-formats.ts';
import { geoArea } from 'd3';

const DATA = join(new URL('../..', import.meta.url).pathname, 'data');
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
});
afterAll(() => db.close());

const committed = () => JSON.parse(readFileSync(join(DATA, BORDERS_FILE), 'utf8')) as Topology;

describe('map queries', () => {
  it('offer population for every municipality and county, and the Telemark series', async () => {
    const slices = await db.query(mapSlices(3));
    const pop2024 = slices.find(
      (s) =>
        s.indicator_id === 'population' &&
        s.level === 'municipality' &&
        s.age === 'all' &&
        s.period_to === 2024,
    );
    expect(pop2024?.n_values).toBe(357);
    expect(slices.some((s) => s.indicator_id === 'population' && s.level === 'county')).toBe(true);
    expect(slices.some((s) => s.indicator_id === 'fhi-ungdata-depressive-symptoms')).toBe(true);
    // A seed plan's figures for one place are not a map.
    expect(slices.some((s) => s.indicator_id === 'ungdata-drunk-12m')).toBe(false);
  });

  it('one slice gives one row per place, suppressed ones with no value', async () => {
    const rows = await db.query(
      mapFigures('fhi-ungdata-depressive-symptoms', 'municipality', 'grade_8_10', 2024, 2024),
    );
    expect(rows).toHaveLength(17);
    expect(new Set(rows.map((r) => r.geo_code)).size).toBe(17);
    for (const r of rows) expect(r.geo_code.startsWith('40')).toBe(true);
    for (const r of rows.filter((x) => x.status === 'suppressed')) expect(r.value).toBeNull();
    expect(rows.every((r) => r.source_publisher)).toBe(true);
  });

  it('the loader defaults to population, all ages and the latest year, and keeps a valid choice', async () => {
    const d = await loadMap(db, mapStateFrom({}, null));
    expect(d.indicator?.id).toBe('population');
    expect(d.age).toBe('all');
    expect(d.period).toEqual({ from: 2024, to: 2024 });
    expect(d.figures).toHaveLength(357);
    const slices = await db.query(mapSlices(3));
    const c = chooseSlice(
      slices,
      mapStateFrom({ ind: 'population', period: '2010', level: 'fylke' }, null),
    );
    expect(c.level).toBe('county');
    expect(c.period).toEqual({ from: 2010, to: 2010 });
    const bad = chooseSlice(
      slices,
      mapStateFrom(
        { ind: 'fhi-ungdata-depressive-symptoms', level: 'fylke', period: '1999' },
        null,
      ),
    );
    expect(bad.level).toBe('municipality');
    // The latest period with figures for several places (2025 has rows, but too few values).
    const latest = Math.max(
      ...slices
        .filter(
          (s) => s.indicator_id === 'fhi-ungdata-depressive-symptoms' && s.level === 'municipality',
        )
        .map((s) => s.period_to),
    );
    expect(bad.period?.to).toBe(latest);
  });
});

describe('shipped borders', () => {
  it('hold every municipality and county of the geo table, each a proper area', async () => {
    const b = bordersFrom(committed());
    const geo = await db.query({
      sql: `SELECT code, level FROM geo WHERE level IN ('municipality','county')`,
      params: [],
      decode: decoder({ code: text, level: text }),
    });
    const codes = (level: string) =>
      geo
        .filter((g) => g.level === level)
        .map((g) => String(g.code))
        .sort();
    expect(b.municipality.map((f) => f.id).sort()).toEqual(codes('municipality'));
    expect(b.county.map((f) => f.id).sort()).toEqual(codes('county'));
    // Wound for d3-geo: no border covers more than half the globe.
    for (const f of [...b.municipality, ...b.county]) expect(geoArea(f)).toBeLessThan(0.01);
    expect(readFileSync(join(DATA, BORDERS_FILE)).byteLength).toBeLessThan(300_000);
  });

  it.runIf(HAS_RAW)("are what the pipeline makes from Kartverket's file now", () => {
    const raw = JSON.parse(readFileSync(join(RAW_DIR, BORDERS_RAW), 'utf8')) as Topology;
    const built = buildBorders(raw);
    expect(JSON.stringify(built)).toBe(JSON.stringify(committed()));
    const kommuner = built.objects.kommuner as GeometryCollection;
    expect(kommuner.geometries).toHaveLength(
      (raw.objects.Kommuner as GeometryCollection).geometries.length,
    );
  });
  noteIfLeftOut("the check that the shipped borders match Kartverket's file");
});
