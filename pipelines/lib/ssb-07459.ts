import Papa from 'papaparse';
import type { PipelineProblem } from './errors.ts';

/** One count of SSB table 07459: persons of one single year of age in one region, year and sex. */
export interface PopulationCell {
  /** Four-digit municipality code as the file writes it that year (`0101`, `3101`). */
  code: string;
  name: string;
  year: number;
  sex: 'all' | 'male' | 'female';
  /** Lowest age of the row: `5 years` is 5, `105 years or older` is 105. */
  age: number;
  /** true for the open top row (`105 years or older`). */
  orOlder: boolean;
  persons: number;
}

/** A region that is not a municipality (`K-21-22 Svalbard and Jan Mayen`, `K-23`, `K-Rest`). */
export interface PseudoCell {
  region: string;
  year: number;
  sex: 'all' | 'male' | 'female';
  persons: number;
}

export interface Parsed07459 {
  cells: PopulationCell[];
  pseudo: PseudoCell[];
  problems: PipelineProblem[];
}

const REGION = /^(?:K-)?(\d{4})\s+(.+)$/;
const PSEUDO = /^K-(?:21-22|21|22|23|Rest)(?:\s|$)/i;
const AGE = /^(\d{1,3}) years?( or older)?$/;
const VALUE_COLUMN = /^Persons (\d{4})(?: (Males|Females))?$/;
const COUNT = /^\d+$/;

/** The header line (first field `region`), after an optional title line and blank line. */
function findHeader(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    const first = (lines[i] ?? '')
      .split(/[\t;,]/)[0]
      ?.replace(/"/g, '')
      .trim()
      .toLowerCase();
    if (first === 'region') return i;
  }
  return -1;
}

function delimiterOf(header: string): string {
  const counts = ['\t', ';', ','].map((d) => [d, header.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/**
 * Reads one export of SSB table 07459 in any of the shapes SSB has given it: tab-separated with
 * `"0101 Halden"` and one column per year (2005–2018), comma-separated unquoted (2019), or Statbank
 * CSV with a title line, `;` and `"K-3101 Halden"` (2020 on); one value column per year, or per
 * year and sex (`Persons 2024 Males`). Text must already be decoded (see decodeRaw).
 */
export function parse07459(text: string, file: string): Parsed07459 {
  const problems: PipelineProblem[] = [];
  const cells: PopulationCell[] = [];
  const pseudo: PseudoCell[] = [];
  const lines = text.split('\n');
  const at = findHeader(lines);
  const fail = (line: number, column: string, rule: string, value: string) =>
    problems.push({ file, line, column, rule, value });
  if (at < 0) {
    fail(1, '(header)', 'no header line starting with "region" in the first 5 lines', '');
    return { cells, pseudo, problems };
  }
  const body = lines.slice(at).join('\n');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: delimiterOf(lines[at] as string),
    skipEmptyLines: true,
  });
  const header = (parsed.data[0] ?? []).map((h) => h.trim());
  if (header[1]?.toLowerCase() !== 'age')
    fail(at + 1, 'age', 'second column must be age', header[1] ?? '');
  const values = header.slice(2).map((h, k) => {
    const m = VALUE_COLUMN.exec(h);
    if (!m)
      fail(at + 1, h, 'value column must be "Persons YYYY" or "Persons YYYY Males|Females"', h);
    const sex = m?.[2] === 'Males' ? 'male' : m?.[2] === 'Females' ? 'female' : 'all';
    return { index: k + 2, year: Number(m?.[1]), sex } as const;
  });
  if (problems.length > 0) return { cells, pseudo, problems };
  // The same region and age texts repeat on every row: parse each once.
  const regions = new Map<string, RegExpExecArray | 'pseudo' | null>();
  const ages = new Map<string, RegExpExecArray | null>();
  for (let i = 1; i < parsed.data.length; i++) {
    const row = parsed.data[i] as string[];
    const line = at + 1 + i;
    if (row.length !== header.length) {
      fail(line, '(row)', `has ${row.length} fields, header has ${header.length}`, row.join('|'));
      continue;
    }
    const region = (row[0] as string).trim();
    const ageText = (row[1] as string).trim();
    let age = ages.get(ageText);
    if (age === undefined) ages.set(ageText, (age = AGE.exec(ageText)));
    if (!age) {
      fail(line, 'age', 'must be "N years" or "N years or older"', row[1] as string);
      continue;
    }
    let m = regions.get(region);
    if (m === undefined)
      regions.set(region, (m = PSEUDO.test(region) ? 'pseudo' : REGION.exec(region)));
    if (m === null) {
      fail(
        line,
        'region',
        'must be a four-digit municipality code and name, or a pseudo-region',
        region,
      );
      continue;
    }
    const place = m === 'pseudo' ? null : { code: m[1] as string, name: (m[2] as string).trim() };
    const ageFrom = Number(age[1]);
    const orOlder = age[2] !== undefined;
    for (const v of values) {
      const raw = (row[v.index] as string).trim();
      if (!COUNT.test(raw)) {
        fail(
          line,
          header[v.index] as string,
          'must be a whole number of persons (no symbols)',
          raw,
        );
        continue;
      }
      const persons = Number(raw);
      if (!place) pseudo.push({ region, year: v.year, sex: v.sex, persons });
      else cells.push({ ...place, year: v.year, sex: v.sex, age: ageFrom, orOlder, persons });
    }
  }
  return { cells, pseudo, problems };
}
