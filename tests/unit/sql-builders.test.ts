import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { countRow } from '../../src/sql/rows.ts';
import { allThemes, placeLinks, placeMeasures, placePlans } from '../../src/sql/coverage.ts';
import { ingestContextQueries, removeImport } from '../../src/sql/imports.ts';
import {
  allIndicators,
  allLinks,
  allMeasures,
  allPlans,
  originalMeasure,
  overlayStatements,
} from '../../src/sql/measure-edit.ts';
import { measuresForIndicators } from '../../src/sql/measures.ts';

const DATA = join(new URL('../..', import.meta.url).pathname, 'data');
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
});
afterAll(() => db.close());
const count = async (table: string) =>
  (
    await db.query({
      sql: `SELECT count(*)::INTEGER AS n FROM ${table}`,
      params: [],
      decode: countRow,
    })
  )[0]?.n;

describe('sql builders through DuckDB for Node', () => {
  it('coverage: the plans, measures and links, and every theme, decode typed', async () => {
    const plans = await db.query(placePlans('5057'));
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((p) => p.geo_code === '5057')).toBe(true);
    const measures = await db.query(placeMeasures('5057'));
    expect(measures.map((m) => m.id)).toContain('orland-2022-ua-01');
    const links = await db.query(placeLinks('5057'));
    const ids = new Set(measures.map((m) => m.id));
    expect(links.every((l) => ids.has(l.measure_id))).toBe(true);
    const themes = await db.query(allThemes());
    expect(themes.length).toBeGreaterThan(0);
    expect(typeof themes[0]?.name_nb).toBe('string');
  });

  it('measures: annotation rows only for the asked indicators and place', async () => {
    const rows = await db.query(measuresForIndicators(['ungdata-drunk-12m'], '1554'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.indicator_id === 'ungdata-drunk-12m')).toBe(true);
    // Norway has no plan of its own, so no measures.
    expect(await db.query(measuresForIndicators(['ungdata-drunk-12m'], '0'))).toEqual([]);
  });

  it('measure-edit: the overlay deletes, edits and adds, and the list marks each change', async () => {
    // The empty overlay keeps the originals and changes nothing.
    for (const q of overlayStatements({ version: 1, put: {}, deleted: [] })) await db.exec(q);
    const before = await db.query(allMeasures());
    expect(before.every((m) => m.changed === '')).toBe(true);
    const [first, second] = before;
    if (!first || !second) throw new Error('no measures');
    const links = (await db.query(allLinks())).filter((l) => l.measure_id === first.id);
    const original = (await db.query(originalMeasure(first.id)))[0];
    if (!original) throw new Error('no original');
    const edited = { ...original, title: 'Endret tittel' };
    const added = { ...original, id: 'test-added', title: 'Nytt tiltak' };
    for (const q of overlayStatements({
      version: 1,
      put: { [first.id]: { measure: edited, links }, 'test-added': { measure: added, links: [] } },
      deleted: [second.id],
    }))
      await db.exec(q);
    const after = await db.query(allMeasures());
    const by = new Map(after.map((m) => [m.id, m]));
    expect(by.get(first.id)).toMatchObject({ title: 'Endret tittel', changed: 'edited' });
    expect(by.get('test-added')).toMatchObject({ title: 'Nytt tiltak', changed: 'added' });
    expect(by.has(second.id)).toBe(false);
    expect(after).toHaveLength(before.length);
    expect((await db.query(originalMeasure(second.id)))[0]?.id).toBe(second.id);
    // Applying the empty overlay puts the embedded measures back (idempotent).
    for (const q of overlayStatements({ version: 1, put: {}, deleted: [] })) await db.exec(q);
    const back = await db.query(allMeasures());
    expect(back.every((m) => m.changed === '')).toBe(true);
    expect(back).toHaveLength(before.length);
    expect((await db.query(allPlans())).length).toBeGreaterThan(0);
    expect((await db.query(allIndicators())).length).toBeGreaterThan(0);
  });

  it('imports: the context tables decode by the contract, and removing an import takes its rows', async () => {
    const q = ingestContextQueries();
    const geo = await db.query(q.geo);
    expect(geo.length).toBe(await count('geo'));
    expect(typeof geo[0]?.code).toBe('string');
    const src = 'averoy-rusplan-ungdata';
    expect(await count(`observation WHERE source_id = '${src}'`)).toBeGreaterThan(0);
    for (const s of removeImport(src, [])) await db.exec(s);
    expect(await count(`observation WHERE source_id = '${src}'`)).toBe(0);
    expect(await count(`source WHERE id = '${src}'`)).toBe(0);
  });
});
