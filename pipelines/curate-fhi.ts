/**
 * curated/observation/fhi-*.csv from FHI's series as republished by Telemark fylkeskommune
 * (../shared/formats/fhi/): place names carried to today's codes, FHI's symbols as statuses,
 * fractions as percent, school-year spans as survey years. Runs when the raw files are there; the
 * committed files serve when they are not.
 */
import { basename, join } from 'node:path';
import { NORWAY, TABLES } from '../src/domain/contract.ts';
import { inputFiles, loadCurated, type PipelineIO } from './lib/curated.ts';
import { parseCsvText } from './lib/csv.ts';
import { readFileSync } from 'node:fs';
import { PipelineError, type PipelineProblem } from './lib/errors.ts';
import { readFhiSeries, type FhiFigure } from './lib/fhi-series.ts';
import { csvText, readRawFile, writeTextIfChanged } from './lib/raw.ts';
import { FHI_SPECS, SEED_REFERENCES } from './fhi-specs.ts';

/** Observation files this script writes start with this. */
export const FHI_FILE_PREFIX = 'fhi-';
/** The county the files were published for (Telemark, county 40 since 2024). */
const FILE_COUNTY = '40';
const NATIONAL = new Set(['hele landet', 'norge', 'landet']);

/** Maps a place name to today's code by geo.csv (unique name, or unique within the file's county). */
export function placeResolver(
  geo: { code: string; name: string; level: string; parent: string }[],
) {
  return (name: string): { code: string } | { error: string } => {
    if (NATIONAL.has(name.toLowerCase())) return { code: NORWAY };
    const all = geo.filter(
      (g) => g.name === name && (g.level === 'municipality' || g.level === 'county'),
    );
    const hits =
      all.length > 1 ? all.filter((g) => g.code === FILE_COUNTY || g.parent === FILE_COUNTY) : all;
    if (hits.length === 1) return { code: (hits[0] as { code: string }).code };
    if (all.length === 0) return { error: 'no place of today has this name in geo.csv' };
    return {
      error: `the name fits several places of today (${all.map((g) => g.code).join(', ')})`,
    };
  };
}

const HEADER = TABLES.observation.map((c) => c.name);
const keyOf = (f: FhiFigure) =>
  [f.indicator_id, f.geo_code, f.period_from, f.period_to, f.sex, f.age].join('|');
const sortKey = (f: FhiFigure) =>
  [f.indicator_id, f.geo_code, String(f.period_from), String(f.period_to), f.sex, f.age].join(
    '\u0000',
  );

function toCsv(figures: FhiFigure[]): string {
  const sorted = [...figures].sort((a, b) =>
    sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
  );
  return csvText(
    HEADER,
    sorted.map((f) =>
      HEADER.map((h) =>
        h in f ? (f as unknown as Record<string, string | number | null>)[h] : null,
      ),
    ),
  );
}

/** Keys of the observation files not made here (the seed plans'). */
function seedKeys(io: PipelineIO): Set<string> {
  const keys = new Set<string>();
  for (const path of inputFiles(io, 'observation')) {
    if (basename(path).startsWith(FHI_FILE_PREFIX)) continue;
    for (const { raw } of parseCsvText(readFileSync(path, 'utf8')).rows)
      keys.add(
        [raw.indicator_id, raw.geo_code, raw.period_from, raw.period_to, raw.sex, raw.age].join(
          '|',
        ),
      );
  }
  return keys;
}

/** Reads every FHI file; returns the curated CSV text per output file, or throws naming every problem. */
export function curateFhi(io: PipelineIO, rawDir: string): Map<string, string> {
  const geo = loadCurated(io, 'geo').map((r) => ({
    code: String(r.row.code),
    name: String(r.row.name),
    level: String(r.row.level),
    parent: String(r.row.parent_code ?? ''),
  }));
  const sources = new Map(loadCurated(io, 'source').map((s) => [String(s.row.id), s.row]));
  const resolve = placeResolver(geo);
  const problems: PipelineProblem[] = [];
  const out = new Map<string, string>();
  const byIndicator = new Map<string, FhiFigure[]>();
  for (const spec of FHI_SPECS) {
    const label = `fhi/${spec.file}`;
    const source = sources.get(spec.sourceId);
    if (!source || source.file_name !== spec.file) {
      problems.push({
        file: 'curated/source.csv',
        line: 0,
        column: 'file_name',
        rule: `source ${spec.sourceId} must name ${spec.file}`,
        value: String(source?.file_name ?? ''),
      });
      continue;
    }
    const text = readRawFile(
      join(rawDir, 'fhi', spec.file),
      String(source.sha256 ?? '') || null,
      label,
    );
    const { figures, problems: p } = readFhiSeries(text, spec, resolve);
    problems.push(...p);
    const seen = new Map<string, number>();
    for (const f of figures) {
      const first = seen.get(keyOf(f));
      if (first)
        problems.push({
          file: label,
          line: f.line,
          column: '(row)',
          rule: `repeats the key of line ${first}`,
          value: keyOf(f),
        });
      seen.set(keyOf(f), f.line);
      byIndicator.set(f.indicator_id, [...(byIndicator.get(f.indicator_id) ?? []), f]);
    }
    out.set(spec.out, toCsv(figures));
  }
  const taken = seedKeys(io);
  for (const ref of SEED_REFERENCES) {
    const national = (byIndicator.get(ref.from) ?? [])
      .filter((f) => f.geo_code === NORWAY)
      .map((f) => ({
        ...f,
        indicator_id: ref.to,
        note: `FHI's national series (${ref.from}) as the reference of this plan indicator; see pipelines/notes/fhi-series.md.${f.note ? ` ${f.note}` : ''}`,
      }))
      .filter((f) => !taken.has(keyOf(f)));
    out.set(ref.out, toCsv(national));
  }
  if (problems.length > 0) throw new PipelineError(problems);
  return out;
}

/** Rebuilds the curated FHI files from the raw files (when io.rawDir is set); returns those written. */
export function refreshFhi(io: PipelineIO): string[] {
  if (!io.rawDir) return [];
  const written: string[] = [];
  for (const [file, text] of curateFhi(io, io.rawDir))
    if (writeTextIfChanged(join(io.curatedDir, 'observation', file), text))
      written.push(`observation/${file}`);
  return written;
}
