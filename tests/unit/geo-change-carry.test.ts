/**
 * geo_change carries every municipality code of 2005–2023 to today's, or marks it as split; and,
 * where ../shared/formats exists, agrees with SSB's list of numbers 2013–2020 and FHI's georecode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeHistory } from '../../pipelines/lib/code-history.ts';
import { loadCurated } from '../../pipelines/lib/curated.ts';
import { decodeRaw } from '../../pipelines/lib/raw.ts';
import { HAS_RAW, RAW_DIR, noteIfLeftOut } from './raw-formats.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const io = { root: ROOT, curatedDir: join(ROOT, 'pipelines/curated'), outDir: '' };
const changes = loadCurated(io, 'geo_change').map((r) => r.row);
const history = new CodeHistory(
  loadCurated(io, 'geo').map((r) => r.row),
  changes,
);

describe('geo_change', () => {
  it('carries chains and merges to one code of today', () => {
    expect(history.targets('0615')).toEqual(['3320']);
    expect(history.targets('1621')).toEqual(['5057']);
    expect(history.targets('5017')).toEqual(['5057']);
    expect(history.targets('0706')).toEqual(['3907']);
    expect(history.targets('1503')).toEqual(['1505']);
    expect(history.targets('1729')).toEqual(['5053']);
    // Ålesund's pre-2020 parts lie wholly in one municipality of 2024 each.
    expect(history.targets('1504')).toEqual(['1508']);
    expect(history.targets('1534')).toEqual(['1580']);
  });

  it('marks the splits, whose figures go to no single place', () => {
    expect(history.targets('1507')).toEqual(['1508', '1580']);
    expect(history.targets('1850')).toEqual(['1806', '1875']);
    expect(history.targets('1613')).toEqual(['5055', '5056', '5059']);
    expect(history.targets('5012')).toEqual(['5055', '5056', '5059']);
    expect(changes.filter((c) => c.kind === 'split').map((c) => c.old_code)).toEqual([
      '1507',
      '1507',
      '1850',
      '1850',
      '1613',
      '1613',
      '1613',
      '5012',
      '5012',
      '5012',
    ]);
  });

  it('carries every old code somewhere, and dates the codes the SSB extract lacks', () => {
    for (const c of changes)
      expect(history.targets(String(c.old_code)), String(c.old_code)).not.toBeNull();
    // Merged away before 2017: not in SSB's 2005–2018 extract, so their years must be right.
    expect(history.endYear('0706')).toBe(2017);
    expect(history.endYear('1154')).toBe(2006);
    expect(history.endYear('1503')).toBe(2008);
    expect(history.endYear('1723')).toBe(2012);
    expect(history.endYear('1901')).toBe(2013);
  });
});

noteIfLeftOut('geo_change against SSB kommunenummer 2013–2020 and FHI georecode 2024');

describe.skipIf(!HAS_RAW)('against SSB’s and FHI’s code lists (../shared/formats)', () => {
  const lines = (file: string) =>
    decodeRaw(readFileSync(join(RAW_DIR, 'codes', file)))
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(';').map((f) => f.replace(/"/g, '').trim()));

  it('agrees with SSB’s 2020 number for every historical code 2013–2020', () => {
    const under = new Map<string, string[]>();
    for (const [to, , from] of lines('kommunenummer-2013-2020-long.csv'))
      if (to !== '9999')
        // "Uoppgitt" (unknown), not a place
        under.set(from as string, [...(under.get(from as string) ?? []), to as string]);
    for (const [from, tos] of under) {
      const expected = [...new Set(tos.flatMap((t) => history.targets(t) ?? [`?${t}`]))].sort();
      // 1504 … 1546 went into 1507 Ålesund in 2020, which was split in 2024; each lies in one part.
      if (tos.join() === '1507') expect(history.targets(from)?.length, from).toBe(1);
      else expect(history.targets(from), from).toEqual(expected);
    }
    expect(under.size).toBe(480);
  });

  it('agrees with FHI’s georecode 2024 wherever FHI names one municipality', () => {
    const dummies: string[] = [];
    const before2005: string[] = [];
    for (const [oldRaw, current] of lines('fhi-georecode-2024.csv')) {
      if (!oldRaw || !current || oldRaw.length < 3 || current.length !== 4) continue;
      const old = oldRaw.padStart(4, '0');
      if (old.endsWith('99')) continue; // FHI's own "unknown" codes
      const t = history.targets(old);
      if (current.endsWith('99')) dummies.push(old);
      else if (t === null) before2005.push(old);
      else expect(t, old).toEqual([current]);
    }
    // FHI's dummy (divided) codes: the splits, and the codes that went into a place with a split part.
    expect(dummies.sort()).toEqual(
      [
        '1507',
        '1571',
        '1612',
        '1613',
        '1617',
        '1622',
        '1636',
        '1638',
        '1805',
        '1849',
        '1850',
        '1854',
      ]
        .concat(['5011', '5012', '5013', '5016', '5023', '5024'])
        .sort(),
    );
    // Codes that ended before 2005 are outside the years embedded, so geo_change need not carry them.
    expect(before2005.sort()).toEqual(
      [
        '0102',
        '0103',
        '0113',
        '0114',
        '0115',
        '0130',
        '0131',
        '0133',
        '0134',
        '0401',
        '0414',
        '0718',
      ]
        .concat(['0903', '0918', '0920', '0921', '0922', '2001', '2016'])
        .sort(),
    );
  });
});
