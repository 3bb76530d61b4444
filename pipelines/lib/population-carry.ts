import type { CodeHistory } from './code-history.ts';
import type { PipelineProblem } from './errors.ts';
import {
  addAge,
  addBands,
  emptyBands,
  type BandCounts,
} from '../../src/domain/population-bands.ts';
import type { PopulationCell } from './ssb-07459.ts';
import { NORWAY } from '../../src/domain/contract.ts';

/** One row of the curated population table: a place of today, a year and sex, its bands or why not. */
export interface PopulationRow {
  geo_code: string;
  year: number;
  sex: 'all' | 'male' | 'female';
  /** null: no figure (the note says why). */
  bands: BandCounts | null;
  source_id: string;
  note: string | null;
}

/** The cells of one raw file, with the source row that cites it. */
export interface SourcedCells {
  sourceId: string;
  file: string;
  cells: PopulationCell[];
}

interface CodeYear {
  bands: BandCounts;
  ages: string;
  sourceId: string;
  file: string;
}

/** Sums each code's single years of age into bands, per year and sex; checks every age is there once. */
function bandsByCode(files: SourcedCells[], problems: PipelineProblem[]) {
  const by = new Map<string, CodeYear>();
  const names = new Map<string, string>();
  for (const f of files) {
    const local = new Map<string, { bands: BandCounts; ages: number[] }>();
    for (const c of f.cells) {
      const k = `${c.sex}|${c.year}|${c.code}`;
      let e = local.get(k);
      if (!e) local.set(k, (e = { bands: emptyBands(), ages: [] }));
      addAge(e.bands, c.age, c.orOlder, c.persons);
      e.ages.push(c.orOlder ? -c.age : c.age);
      if (!c.name.includes('\uFFFD')) names.set(c.code, c.name);
    }
    for (const [k, e] of local) {
      const ages = [...e.ages].sort((a, b) => a - b).join(',');
      const first = by.get(k);
      if (first && first.file !== f.file)
        problems.push({
          file: f.file,
          line: 0,
          column: 'region',
          rule: `repeats ${k} of ${first.file}`,
          value: k,
        });
      by.set(k, { bands: e.bands, ages, sourceId: f.sourceId, file: f.file });
    }
  }
  // Every region and year must have the same single years of age (0 … 105 or older), each once.
  const ageSets = new Map<string, number>();
  for (const e of by.values()) ageSets.set(e.ages, (ageSets.get(e.ages) ?? 0) + 1);
  const usual = [...ageSets.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const [k, e] of by)
    if (e.ages !== usual)
      problems.push({
        file: e.file,
        line: 0,
        column: 'age',
        rule: 'single years of age differ from the other regions (missing or repeated)',
        value: k,
      });
  return { by, names };
}

const list = (codes: string[], names: Map<string, string>) =>
  codes.map((c) => (names.has(c) ? `${c} ${names.get(c)}` : c)).join(', ');

/**
 * Carries SSB's counts onto today's municipalities, counties and Norway. A place of today gets a
 * year's figure only when every code of that year that covers part of it is in the file and none of
 * them was later split; merged codes are summed. Codes the file never has (a municipality merged
 * away before the extract's region list) are found through geo_change and block the sum while in use.
 */
export function carryPopulation(
  files: SourcedCells[],
  history: CodeHistory,
  counties: string[],
): { rows: PopulationRow[]; problems: PipelineProblem[] } {
  const problems: PipelineProblem[] = [];
  const { by, names } = bandsByCode(files, problems);
  const present = new Map<string, Map<string, CodeYear>>(); // `${sex}|${year}` → code → counts
  const ever = new Set<string>();
  for (const [k, e] of by) {
    if (e.bands.all === 0) continue; // a code listed before it existed or after it ended
    const [sex, year, code] = k.split('|') as [string, string, string];
    const key = `${sex}|${year}`;
    if (!present.has(key)) present.set(key, new Map());
    present.get(key)?.set(code, e);
    ever.add(code);
  }
  const unresolved = [...ever].filter((c) => history.targets(c) === null).sort();
  for (const c of unresolved)
    problems.push({
      file: 'curated/geo_change.csv',
      line: 0,
      column: 'old_code',
      rule: 'a code in SSB 07459 that geo_change does not carry to today',
      value: list([c], names),
    });
  if (problems.length > 0) return { rows: [], problems };

  const known = [...new Set([...history.allCodes(), ...ever])];
  const targets = (c: string) => history.targets(c) ?? [];
  const countyOfCode = (c: string) => {
    const cs = [...new Set(targets(c).map((t) => history.countyOf(t)))];
    return cs.length === 1 ? cs[0] : undefined;
  };
  const rows: PopulationRow[] = [];
  for (const [key, codes] of [...present.entries()].sort()) {
    const [sex, yearText] = key.split('|') as [PopulationRow['sex'], string];
    const year = Number(yearText);
    const sourceId = [...codes.values()][0]?.sourceId as string;
    // Codes in use that year by geo_change that the file lacks.
    const absent = known.filter(
      (c) => !ever.has(c) && history.usedIn(c, year) && targets(c).length > 0,
    );
    const place = (code: string, members: string[], lacking: string[], splits: string[]) => {
      let note: string | null = null;
      let bands: BandCounts | null = null;
      if (splits.length > 0) {
        const s = history.splitOf(splits[0] as string);
        note = `No figure: part of this area was in ${list(splits, names)}, split in ${s?.year} (into ${s?.into.join(', ')}); SSB's count for ${year} cannot be divided.`;
      } else if (lacking.length > 0) {
        note = `No figure: SSB's file has no ${year} figures for ${lacking.join(', ')} (codes of that year in this area); a sum would be too low.`;
      } else if (members.length === 0) {
        note = `No figure: SSB's file has no ${year} figures for this area.`;
      } else {
        bands = emptyBands();
        for (const m of members) addBands(bands, (codes.get(m) as CodeYear).bands);
        if (members.length > 1 && code.length === 4)
          note = `Sum of ${members.join(' + ')} (codes of ${year}), carried to today's code.`;
      }
      rows.push({ geo_code: code, year, sex, bands, source_id: sourceId, note });
    };
    const inYear = [...codes.keys()].sort();
    for (const t of history.municipalities()) {
      const members = inYear.filter((c) => targets(c).includes(t));
      const lacking = absent.filter((c) => targets(c).includes(t));
      place(
        t,
        members,
        lacking,
        members.filter((c) => targets(c).length > 1),
      );
    }
    for (const k of counties) {
      const members = inYear.filter((c) => countyOfCode(c) === k);
      const inK = (c: string) => targets(c).some((t) => history.countyOf(t) === k);
      const lacking = absent.filter(inK);
      // A code split across county borders cannot be given to either county.
      const across = inYear.filter((c) => countyOfCode(c) === undefined && inK(c));
      place(k, members, lacking, across);
    }
    place(NORWAY, inYear, absent, []);
  }
  rows.sort((a, b) =>
    a.geo_code < b.geo_code
      ? -1
      : a.geo_code > b.geo_code
        ? 1
        : a.year - b.year || a.sex.localeCompare(b.sex),
  );
  return { rows, problems };
}
