/**
 * curated/population/population.csv from SSB table 07459 as downloaded (../shared/formats/ssb/
 * population/): persons by today's municipality, county and Norway, year, sex and age band. Runs
 * when the raw files are there; the committed table serves when they are not.
 */
import { join } from 'node:path';
import { CodeHistory } from './lib/code-history.ts';
import { loadCurated, type PipelineIO } from './lib/curated.ts';
import { PipelineError, type PipelineProblem } from './lib/errors.ts';
import { BAND_AGES } from '../src/domain/population-bands.ts';
import { carryPopulation, type PopulationRow, type SourcedCells } from './lib/population-carry.ts';
import { csvText, readRawFile, writeTextIfChanged } from './lib/raw.ts';
import { parse07459 } from './lib/ssb-07459.ts';

/** The curated table, relative to curated/. */
export const POPULATION_FILE = 'population/population.csv';
export const POPULATION_HEADER = ['geo_code', 'year', 'sex', ...BAND_AGES, 'source_id', 'note'];
/** Source rows whose files are the 07459 downloads. */
export const POPULATION_SOURCE_PREFIX = 'ssb-07459-';

/** The raw files the source table names, with the sha256 each must have. */
export function populationSources(io: PipelineIO) {
  return loadCurated(io, 'source')
    .map((s) => s.row)
    .filter((s) => String(s.id).startsWith(POPULATION_SOURCE_PREFIX) && s.file_name)
    .map((s) => ({ id: String(s.id), file: String(s.file_name), sha256: String(s.sha256 ?? '') }));
}

/** Reads and carries the raw files; returns the curated rows or throws naming every problem. */
export function curatePopulation(io: PipelineIO, rawDir: string): PopulationRow[] {
  const problems: PipelineProblem[] = [];
  const files: SourcedCells[] = [];
  for (const s of populationSources(io)) {
    const label = `ssb/population/${s.file}`;
    const text = readRawFile(join(rawDir, 'ssb/population', s.file), s.sha256 || null, label);
    const parsed = parse07459(text, label);
    problems.push(...parsed.problems);
    // Svalbard, the continental shelf and "divided municipalities and unknown" are not places of
    // today; they are dropped, but only while empty, so no person is lost from Norway's total.
    for (const p of parsed.pseudo)
      if (p.persons !== 0)
        problems.push({
          file: label,
          line: 0,
          column: 'region',
          rule: `pseudo-region has ${p.persons} persons in ${p.year}; decide where they count`,
          value: p.region,
        });
    files.push({ sourceId: s.id, file: label, cells: parsed.cells });
  }
  if (files.length === 0)
    problems.push({
      file: 'curated/source.csv',
      line: 0,
      column: 'id',
      rule: `no source rows ${POPULATION_SOURCE_PREFIX}… with a file_name`,
      value: '',
    });
  if (problems.length > 0) throw new PipelineError(problems);
  const geo = loadCurated(io, 'geo').map((r) => r.row);
  const history = new CodeHistory(
    geo,
    loadCurated(io, 'geo_change').map((r) => r.row),
  );
  const counties = geo
    .filter((g) => g.level === 'county')
    .map((g) => String(g.code))
    .sort();
  const carried = carryPopulation(files, history, counties);
  if (carried.problems.length > 0) throw new PipelineError(carried.problems);
  return carried.rows;
}

/** The curated CSV text of the rows. */
export function populationCsv(rows: PopulationRow[]): string {
  return csvText(
    POPULATION_HEADER,
    rows.map((r) => [
      r.geo_code,
      r.year,
      r.sex,
      ...BAND_AGES.map((a) => (r.bands ? r.bands[a] : null)),
      r.source_id,
      r.note,
    ]),
  );
}

/** Rebuilds the curated table from the raw files (when io.rawDir is set); true if it changed. */
export function refreshPopulation(io: PipelineIO): boolean {
  if (!io.rawDir) return false;
  const text = populationCsv(curatePopulation(io, io.rawDir));
  return writeTextIfChanged(join(io.curatedDir, POPULATION_FILE), text);
}
