import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateRow } from '../src/domain/validate.ts';
import { POPULATION_FILE, POPULATION_HEADER } from './curate-population.ts';
import { parseCsvText } from './lib/csv.ts';
import type { PipelineIO, SourcedRow } from './lib/curated.ts';
import { PipelineError, type PipelineProblem } from './lib/errors.ts';
import { BAND_AGES } from '../src/domain/population-bands.ts';

/** The indicator the population figures are stored under; the band is in `age`. */
export const POPULATION_INDICATOR = 'population';

/** The curated population table's path. */
export const populationPath = (io: PipelineIO): string => join(io.curatedDir, POPULATION_FILE);

/**
 * Observation rows from curated/population/population.csv: one row per place, year, sex and age
 * band (`all`, `0_17`, …), status `missing` with the table's note where it has no figure.
 */
export function populationRows(io: PipelineIO): SourcedRow[] {
  const path = populationPath(io);
  const file = relative(io.root, path);
  const parsed = parseCsvText(readFileSync(path, 'utf8'));
  const problems: PipelineProblem[] = [];
  if (parsed.header.join(',') !== POPULATION_HEADER.join(','))
    problems.push({
      file,
      line: 1,
      column: '(header)',
      rule: `must be ${POPULATION_HEADER.join(',')}`,
      value: parsed.header.join(','),
    });
  for (const r of parsed.ragged)
    problems.push({
      file,
      line: r.line,
      column: '(row)',
      rule: `has ${r.fields} fields, header has ${parsed.header.length}`,
      value: '',
    });
  if (problems.length > 0) throw new PipelineError(problems);
  const out: SourcedRow[] = [];
  for (const { line, raw } of parsed.rows) {
    const empty = BAND_AGES.filter((a) => (raw[a] ?? '') === '');
    if (empty.length > 0 && empty.length < BAND_AGES.length)
      problems.push({
        file,
        line,
        column: empty[0] as string,
        rule: 'bands are all given or all empty',
        value: '',
      });
    for (const age of BAND_AGES) {
      const value = raw[age] ?? '';
      const { row, issues } = validateRow('observation', {
        indicator_id: POPULATION_INDICATOR,
        geo_code: raw.geo_code,
        period_from: raw.year,
        period_to: raw.year,
        sex: raw.sex,
        age,
        value,
        status: value === '' ? 'missing' : 'ok',
        source_id: raw.source_id,
        note: raw.note,
      });
      for (const i of issues) problems.push({ file, line, ...i });
      out.push({ row, file, line });
    }
  }
  if (problems.length > 0) throw new PipelineError(problems);
  return out;
}
