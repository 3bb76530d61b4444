/**
 * The committed FHI series (pipelines/curated/observation/fhi-*.csv): statuses, percents, periods
 * and codes as the contract wants them, the national reference of the seed indicator; and, where
 * ../shared/formats exists, exactly what the pipeline makes from FHI's files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { curateFhi } from '../../pipelines/curate-fhi.ts';
import { FHI_SPECS, SEED_REFERENCES } from '../../pipelines/fhi-specs.ts';
import { HAS_RAW, RAW_DIR, noteIfLeftOut } from './raw-formats.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const io = { root: ROOT, curatedDir: join(ROOT, 'pipelines/curated'), outDir: '' };
const OBS = join(io.curatedDir, 'observation');
type Rec = Record<string, string>;
const read = (path: string) =>
  Papa.parse<Rec>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
const curated = (file: string) => read(join(OBS, file));
const TELEMARK = new Set([
  '0',
  '40',
  ...['4001', '4003', '4005', '4010', '4012', '4014', '4016', '4018', '4020'],
  ...['4022', '4024', '4026', '4028', '4030', '4032', '4034', '4036'],
]);

describe('the curated FHI series', () => {
  const files = readdirSync(OBS).filter((f) => f.startsWith('fhi-'));

  it('are the files the specs name, and nothing else', () => {
    expect(files.sort()).toEqual(
      [...FHI_SPECS.map((s) => s.out), ...SEED_REFERENCES.map((r) => r.out)].sort(),
    );
  });

  it('hold Telemark’s municipalities, Telemark (40) and Norway (0) by today’s codes', () => {
    for (const spec of FHI_SPECS) {
      const codes = new Set(curated(spec.out).map((r) => r.geo_code));
      expect(codes, spec.out).toEqual(TELEMARK);
    }
  });

  it('keep every symbol a status with no value, never 0, and say which symbol', () => {
    for (const f of files)
      for (const r of curated(f)) {
        if (r.status === 'ok') expect(r.value, f).not.toBe('');
        else {
          expect(r.value, `${f} ${r.geo_code} ${r.period_from}`).toBe('');
          expect(r.note, f).toMatch(/'\.'|'\.\.'|':'|Empty in the file/);
        }
      }
    const dep = curated('fhi-ungdata-depressive-symptoms.csv');
    expect(
      dep.filter((r) => r.status === 'suppressed').every((r) => (r.note ?? '').includes("':'")),
    ).toBe(true);
  });

  it('give bullying in percent over three survey years', () => {
    const rows = curated('fhi-elevundersokelsen-bullied-grade-7.csv');
    expect(rows).toHaveLength(152);
    for (const r of rows) {
      expect(Number(r.period_to) - Number(r.period_from)).toBe(2);
      if (r.status === 'ok') expect(Number(r.value)).toBeGreaterThan(1);
      expect(r.age).toBe('grade_7');
    }
  });

  it('give the seed indicator FHI’s national series, but never over a figure a plan gives', () => {
    const ref = curated('fhi-ungdata-depressive-symptoms-norway-for-seeds.csv');
    const fhi = curated('fhi-ungdata-depressive-symptoms.csv').filter((r) => r.geo_code === '0');
    expect(ref.every((r) => r.indicator_id === 'ungdata-depressive-symptoms')).toBe(true);
    expect(ref.every((r) => r.geo_code === '0')).toBe(true);
    // Flå's plan gives Norway 2017 (12 %); FHI's 2017 stays under FHI's own indicator.
    expect(ref.find((r) => r.period_from === '2017' && r.sex === 'all')).toBeUndefined();
    expect(ref).toHaveLength(fhi.length - 1);
    const key = (r: Rec) => `${r.period_from}|${r.sex}`;
    const fhiBy = new Map(fhi.map((r) => [key(r), r.value]));
    for (const r of ref) expect(r.value, key(r)).toBe(fhiBy.get(key(r)));
  });
});

noteIfLeftOut('FHI series against the raw files');

describe.skipIf(!HAS_RAW)(
  'against FHI’s raw files (../shared/formats)',
  { timeout: 60_000 },
  () => {
    const made = HAS_RAW ? curateFhi(io, RAW_DIR) : new Map<string, string>();
    const raw = (file: string) => read(join(RAW_DIR, 'fhi', file));

    it('the committed files are what the pipeline makes from the raw files', () => {
      for (const [file, text] of made)
        expect(text === readFileSync(join(OBS, file), 'utf8'), file).toBe(true);
    });

    it('keep every row of every file, with each symbol counted as its status', () => {
      for (const spec of FHI_SPECS) {
        const rows = raw(spec.file);
        const out = curated(spec.out);
        expect(out, spec.file).toHaveLength(rows.length);
        const v = (r: Rec) => r[spec.value.column] ?? '';
        expect(out.filter((r) => r.status === 'suppressed')).toHaveLength(
          rows.filter((r) => v(r) === ':').length,
        );
        expect(out.filter((r) => r.status === 'missing')).toHaveLength(
          rows.filter((r) => v(r) === '.' || v(r) === '').length,
        );
      }
    });

    it('has the figures the files give, in today’s codes', () => {
      const find = (file: string, where: Rec) =>
        curated(file).filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
      const dep = find('fhi-ungdata-depressive-symptoms.csv', {
        geo_code: '0',
        period_from: '2017',
        sex: 'all',
      });
      expect(dep.map((r) => r.value)).toEqual(['12.8640734942454']);
      // Porsgrunn, 2016/17-2018/19, 0.054 → 5.4 % over 2016–2018; Siljan's empty cell is missing.
      const bullied = find('fhi-elevundersokelsen-bullied-grade-7.csv', {
        geo_code: '4001',
        period_from: '2016',
      });
      expect(bullied.map((r) => [r.period_to, r.value, r.status])).toEqual([['2018', '5.4', 'ok']]);
      expect(
        find('fhi-elevundersokelsen-bullied-grade-7.csv', { geo_code: '4010' }).every(
          (r) => r.status === 'missing',
        ),
      ).toBe(true);
      const rawPorsgrunn = raw('elevundersokelsen-mobbing-7-trinn-treaarig.csv').find(
        (r) => r.Kommune === 'Porsgrunn' && r.Skoleår === '2016/17-2018/19',
      );
      // The file has float noise (0.054000000000000006); the percent does not.
      expect(Number(rawPorsgrunn?.Andel)).toBeCloseTo(0.054, 12);
      const care = find('fhi-primary-care-mental.csv', {
        indicator_id: 'fhi-primary-care-mental',
        geo_code: '0',
        period_from: '2017',
        sex: 'all',
        age: '0_74',
      });
      expect(care.map((r) => r.value)).toEqual(['150.885125095111']);
    });
  },
);
