import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlaceSnapshots, buildSnapshot } from '../../scripts/build-snapshot.ts';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import type { Connector } from '../../src/db/connector.ts';
import type { Snapshot } from '../../src/db/coordinator.ts';
import {
  placeSnapshotFile,
  sharedSnapshotFile,
  snapshotJson,
  unpackSnapshot,
  type PackedSnapshot,
} from '../../src/db/place-snapshot.ts';
import { loadTrender, trenderStateFrom } from '../../src/queries/trender.ts';
import { decodeRows, queryKey, type Query } from '../../src/sql/query.ts';

const DATA = join(import.meta.dirname, '../../data');

/** Answers only from recorded results, as the app does before DuckDB is up; anything else throws. */
class SnapshotOnly implements Connector {
  readonly missing: string[] = [];
  constructor(private readonly snap: Snapshot) {}
  query<R>(q: Query<R>): Promise<R[]> {
    const rows = this.snap[queryKey(q)];
    if (!rows) {
      this.missing.push(q.sql.slice(0, 80));
      return Promise.reject(new Error('not in the snapshot'));
    }
    return Promise.resolve(decodeRows(q, rows));
  }
}

/** The files as the browser reads them: written, parsed and unpacked, then merged in order. */
const readBack = (...parts: Snapshot[]): Snapshot =>
  Object.assign(
    {},
    ...parts.map((p) => unpackSnapshot(JSON.parse(snapshotJson(p)) as PackedSnapshot)),
  ) as Snapshot;

let db: NodeConnector;
let start: Snapshot;
let built: Awaited<ReturnType<typeof buildPlaceSnapshots>>;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
  start = await buildSnapshot(db);
  // Two places of Innlandet without a plan, and one with a plan (Søndre Land, also in Innlandet).
  built = await buildPlaceSnapshots([db], start, ['3401', '3403', '3447']);
}, 60_000);
afterAll(() => db.close());

describe('place snapshots', () => {
  it('name for every place its own file and its county’s shared file', () => {
    expect(built.places['3401']).toEqual([placeSnapshotFile('3401'), sharedSnapshotFile('34')]);
    expect(built.places['3403']).toEqual([placeSnapshotFile('3403'), sharedSnapshotFile('34')]);
    expect(built.places['3447']).toEqual([placeSnapshotFile('3447'), sharedSnapshotFile('34')]);
    for (const files of Object.values(built.places))
      for (const f of files) expect(built.files[f]).toBeDefined();
  });

  it('keep the series two places share (the county’s and Norway’s) in the shared file only', () => {
    const geosOf = (snap: Snapshot) =>
      new Set(
        Object.values(snap)
          .flat()
          .map((r) => r.geo_code)
          .filter((g) => g !== undefined),
      );
    expect(geosOf(built.files[placeSnapshotFile('3401')]!)).toEqual(new Set(['3401']));
    expect(geosOf(built.files[sharedSnapshotFile('34')]!)).toEqual(new Set(['34', '0']));
    const own = Object.keys(built.files[placeSnapshotFile('3401')]!);
    const other = Object.keys(built.files[placeSnapshotFile('3403')]!);
    expect(own.filter((k) => other.includes(k))).toEqual([]);
  });

  it.each([
    ['3401', { geo: '3401', ind: 'population' }],
    ['3401', { geo: '3401' }],
    ['3403', { geo: '3403', ind: 'population' }],
    ['3447', { geo: '3447', ind: 'med-antidepressants' }],
  ])(
    'answer every query of a Trender link to %s (%j) before DuckDB, with the rows DuckDB gives',
    async (geo, params) => {
      const files = built.places[geo]!.map((f) => built.files[f]!);
      const offline = new SnapshotOnly(readBack(start, ...files));
      const state = trenderStateFrom(params, null);
      const fromFiles = await loadTrender(offline, state);
      expect(offline.missing).toEqual([]);
      expect(fromFiles.series.length).toBeGreaterThan(0);
      expect(fromFiles).toEqual(await loadTrender(db, state));
    },
  );
});
