import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { countRow } from '../../src/sql/rows.ts';
import { allThemes, placeLinks, placeMeasures, placePlans } from '../../src/sql/coverage.ts';
import { codedKeyOrder, OBSERVATION_CODED } from '../../src/sql/coded.ts';
import {
  dropStaging,
  ingestContextQueries,
  mergeObservations,
  removeImport,
  revisedFigures,
  stagingTable,
} from '../../src/sql/imports.ts';
import {
  allIndicators,
  allLinks,
  allMeasures,
  allPlans,
  originalMeasure,
  overlayStatements,
} from '../../src/sql/measure-edit.ts';
import { measuresForIndicators } from '../../src/sql/measures.ts';

import { mergeStaged } from './merge-staged.ts';

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

  it('imports: a newer release lists the figures it revises, then replaces them', async () => {
    const stage = stagingTable('observation');
    const key = `indicator_id = 'med-antidepressants' AND geo_code = '3447'`;
    await db.exec({
      sql: `CREATE OR REPLACE TABLE ${stage} AS SELECT * FROM observation WHERE ${key} AND status = 'ok' ORDER BY period_from LIMIT 3`,
      params: [],
    });
    const staged = (await count(stage)) ?? 0;
    expect(staged, 'the seed data has antidepressant figures for Søndre Land').toBe(3);
    const merge = mergeObservations();
    const code = async () => {
      for (const q of [...merge.codes, ...merge.compare]) await db.exec(q);
    };
    // Unchanged figures are not revisions.
    await code();
    expect(await db.query(revisedFigures())).toEqual([]);
    // The publisher revises one value and withholds another.
    await db.exec({
      sql: `UPDATE ${stage} SET value = value + 1.5, source_id = 'import-new' WHERE period_from = (SELECT min(period_from) FROM ${stage})`,
      params: [],
    });
    await db.exec({
      sql: `UPDATE ${stage} SET value = NULL, status = 'suppressed' WHERE period_from = (SELECT max(period_from) FROM ${stage})`,
      params: [],
    });
    await code();
    const revised = await db.query(revisedFigures());
    expect(revised.map((r) => r.total)).toEqual([2, 2]);
    const [first, last] = revised;
    expect(first).toMatchObject({ indicator_id: 'med-antidepressants', geo_code: '3447' });
    expect(first?.period_from).toBeLessThan(last?.period_from ?? 0);
    expect(first?.new_value).toBeCloseTo((first?.old_value ?? 0) + 1.5, 6);
    expect(first?.geo_name).toBe('Søndre Land');
    expect(last).toMatchObject({ new_value: null, new_status: 'suppressed', old_status: 'ok' });
    expect(last?.old_source).not.toBe('import-new');
    // Named as the table shows them: the indicator's name, the replaced source's file or title.
    expect(first?.indicator_nb).toBe('Brukere av antidepressiva');
    expect(first?.old_source_name).toBeTruthy();
    const before = (await count('observation')) ?? 0;
    expect((await db.query(merge.remove))[0]?.Count).toBe(3);
    await db.exec(merge.keep);
    await db.exec(merge.insert);
    expect(await count('observation')).toBe(before);
    expect(await count(`observation WHERE ${key} AND source_id = 'import-new'`)).toBe(1);
    await code();
    expect(await db.query(revisedFigures())).toEqual([]);
    for (const q of dropStaging('observation')) await db.exec(q);
  });

  it('imports: removing an import puts back the figures it replaced, or leaves them to a later import that holds the key', async () => {
    const stage = stagingTable('observation');
    const key = `indicator_id = 'med-antidepressants' AND geo_code = '3447'`;
    const figures = async () =>
      (
        await db.query({
          sql: `SELECT period_from, value, source_id FROM observation WHERE ${key} ORDER BY period_from`,
          params: [],
          decode: (r) => r as { period_from: number; value: number | null; source_id: string },
        })
      ).map((r) => `${r.period_from}:${r.value}:${r.source_id}`);
    const original = await figures();
    const before = (await count('observation')) ?? 0;
    /** Lands the first `n` figures again under source `src`, each value plus `add`. */
    const land = async (src: string, n: number, add: number) => {
      await db.exec({
        sql: `CREATE OR REPLACE TABLE ${stage} AS SELECT * REPLACE (value + ${add} AS value, '${src}' AS source_id)
          FROM observation WHERE ${key} AND status = 'ok' ORDER BY period_from LIMIT ${n}`,
        params: [],
      });
      await mergeStaged(db);
    };
    await land('import-x', 3, 1);
    await land('import-y', 1, 1); // the first figure again, over import-x's
    const both = await figures();
    expect(both.filter((f) => f.endsWith(':import-x'))).toHaveLength(2);
    expect(both.filter((f) => f.endsWith(':import-y'))).toHaveLength(1);
    for (const q of removeImport('import-x', [])) await db.exec(q);
    const afterX = await figures();
    // import-y's figure stays; the two only import-x had are the built-in ones again.
    expect(afterX[0]).toMatch(/:import-y$/);
    expect(afterX.slice(1)).toEqual(original.slice(1));
    for (const q of removeImport('import-y', [])) await db.exec(q);
    expect(await figures()).toEqual(original);
    expect(await count('observation')).toBe(before);
    expect(
      await count(
        `observation_replaced WHERE replaced_by IN ('import-x', 'import-y') OR source_id IN ('import-x', 'import-y')`,
      ),
    ).toBe(0);
  });

  it('imports: new figures that arrive in any order are stored as one run in key order, under new keys', async () => {
    const stage = stagingTable('observation');
    // Population figures under a made-up indicator, staged in a scrambled order.
    await db.exec({
      sql: `CREATE OR REPLACE TABLE ${stage} AS SELECT * REPLACE ('test-order' AS indicator_id, 'import-order' AS source_id)
        FROM observation WHERE indicator_id = 'population' AND geo_code IN ('3447', '3401', '0')
        ORDER BY hash(geo_code, period_from, sex, age)`,
      params: [],
    });
    const staged = (await count(stage)) ?? 0;
    expect(staged).toBeGreaterThan(100);
    const merge = mergeObservations();
    for (const q of [...merge.codes, ...merge.compare]) await db.exec(q);
    expect((await db.query(merge.remove))[0]?.Count).toBe(0);
    await db.exec(merge.insert);
    expect(await count(`observation WHERE indicator_id = 'test-order'`)).toBe(staged);
    const keys = codedKeyOrder(
      (_, key) => key,
      (k) => k,
    );
    const outOfOrder = await db.query({
      sql: `SELECT count(*)::INTEGER AS n FROM (
        SELECT rowid, row_number() OVER (ORDER BY rowid) AS by_row, row_number() OVER (ORDER BY ${keys}) AS by_key
        FROM ${OBSERVATION_CODED} WHERE source_id = 'import-order') WHERE by_row <> by_key`,
      params: [],
      decode: countRow,
    });
    expect(outOfOrder[0]?.n).toBe(0);
    for (const q of removeImport('import-order', [])) await db.exec(q);
    for (const q of dropStaging('observation')) await db.exec(q);
    expect(await count(`observation WHERE indicator_id = 'test-order'`)).toBe(0);
  });
});
