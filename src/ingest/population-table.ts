/**
 * SSB table 07459 (population on 1 January, by region, age, sex and year): the table the built-in
 * `population` indicator was built from (pipelines/curate-population.ts). A user who downloads it
 * again (a new year, say) gets its figures under `population`, so the years form one series and
 * the rates per inhabitant can use them, instead of a second indicator of the same persons.
 *
 * The built-in indicator holds age bands (src/domain/population-bands.ts), not single years. A
 * file of single years of age is summed into those bands as the pipeline sums them, but only when
 * every place, year and sex of the file has every single year (0, 1, … and an open top such as
 * `105 years or older`) once, each with a number: a band is never the sum of some of its ages.
 * Otherwise the file is read as any other table, with a note that says why it was not summed.
 * A file without an age column holds all ages (`all`), which is a band already.
 */
import type { Candidate, ReadContext } from './types.ts';
import { addAge, BANDS, emptyBands, type BandCounts } from '../domain/population-bands.ts';
import { parseAge } from './labels.ts';
import { msg, type IngestCode, type IngestMessage } from './messages.ts';
import { clip, parseNumber } from './numbers.ts';
import { foldName } from './places.ts';
import type { CubeRecord } from './readers/cube.ts';

/** The SSB table's number. */
export const POPULATION_TABLE = '07459';
/** The built-in indicator its figures belong to. */
export const POPULATION_ID = 'population';

/** The table's one measure, as SSB names it in Norwegian and English. */
export function isPersons(metric: string): boolean {
  const m = foldName(metric);
  return m === 'personer' || m === 'persons';
}

/** A reader's figures: candidates, their cube records, and each one's built-in indicator. */
export interface TableFigures {
  cands: Candidate[];
  cubes: CubeRecord[];
  /** `population` for each of the table's figures, undefined for the file's other figures. */
  known?: (string | undefined)[];
}

interface Group {
  first: number;
  cand: Candidate;
  cube: CubeRecord;
  ages: Map<string, number>;
  bands: BandCounts;
}

const SINGLE = /^(\d+)_(\d+)$/;
const TOP = /^(\d+)_plus$/;
const BAND_SET = new Set<string>(BANDS.map((b) => b.age));

/**
 * A reader's figures with table 07459's under `population` (see the module comment), and the note
 * that says how; the figures as they were when the file is another table, when the user named the
 * indicator, or when the ages could not be summed (the note then says why). `persons(k)` says
 * whether figure k is one of the table's persons; the file's other figures pass through.
 */
export function withPopulation(
  tableId: string | undefined,
  figures: { cands: Candidate[]; cubes: CubeRecord[] },
  persons: (k: number) => boolean,
  ctx: Pick<ReadContext, 'note' | 'options'>,
): TableFigures {
  if (tableId !== POPULATION_TABLE || ctx.options.indicatorId) return figures;
  const read = readPopulation(figures.cands, figures.cubes, persons);
  if (!read) return figures;
  ctx.note(read.note);
  return 'known' in read ? read : figures;
}

/** The table's figures under `population`, or the note that says why they are not. */
function readPopulation(
  cands: readonly Candidate[],
  cubes: readonly CubeRecord[],
  persons: (k: number) => boolean,
): (Required<TableFigures> & { note: IngestMessage }) | { note: IngestMessage } | null {
  const isTable = cands.map((_, k) => persons(k));
  const table = isTable.flatMap((t, k) => (t ? [k] : []));
  if (table.length === 0) return null;
  const ages = table.map((k) => parseAge((cands[k] as Candidate).age));
  const known = isTable.map((t) => (t ? POPULATION_ID : undefined));
  // Ages that are the built-in bands already (no age column: all ages) go as they are.
  if (ages.every((a) => a !== null && BAND_SET.has(a)))
    return {
      cands: [...cands],
      cubes: [...cubes],
      known,
      note: msg('note.population-table', { figures: table.length }),
    };

  const refused = (line: number, why: IngestMessage) => ({
    note: msg('note.population-not-summed', { line, why }),
  });
  const groups = new Map<string, Group>();
  for (let n = 0; n < table.length; n++) {
    const k = table[n] as number;
    const c = cands[k] as Candidate;
    const age = ages[n] ?? null;
    const key = `${c.place.trim()}\u0000${String(c.period).trim()}\u0000${c.sex.trim()}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        first: c.row,
        cand: c,
        cube: cubes[k] as CubeRecord,
        ages: new Map(),
        bands: emptyBands(),
      };
      groups.set(key, g);
    }
    const single = age ? SINGLE.exec(age) : null;
    const top = age ? TOP.exec(age) : null;
    const year = Number((single ?? top)?.[1]);
    const why = (code: IngestCode, value: string) =>
      refused(c.row, msg(code, { value: clip(value, 30) }));
    if (!age || !(single ? single[1] === single[2] : top)) return why('population.age', c.age);
    if (g.ages.has(age)) return why('population.age-twice', c.age);
    const v = parseNumber(c.value);
    if (!v.ok || v.value === null || !Number.isInteger(v.value) || v.value < 0)
      return why('population.persons', String(c.value ?? ''));
    g.ages.set(age, year);
    // addAge sums the single year into every band it falls in; it throws for an open top below a
    // closed band's end (`70 years or older`), which cannot be split.
    try {
      addAge(g.bands, year, top !== null, v.value);
    } catch {
      return why('population.age', c.age);
    }
  }

  const out: Candidate[] = [];
  const outCubes: CubeRecord[] = [];
  const outKnown: (string | undefined)[] = [];
  cands.forEach((c, k) => {
    if (isTable[k]) return;
    out.push(c);
    outCubes.push(cubes[k] as CubeRecord);
    outKnown.push(undefined);
  });
  let top: number | null = null;
  for (const g of groups.values()) {
    const why = incomplete(g.ages, top);
    if (typeof why !== 'number') return refused(g.first, why);
    top = why;
    for (const b of BANDS) {
      out.push({ ...g.cand, age: b.age, value: g.bands[b.age] });
      outCubes.push(g.cube);
      outKnown.push(POPULATION_ID);
    }
  }
  return {
    cands: out,
    cubes: outCubes,
    known: outKnown,
    note: msg('note.population-summed', {
      figures: table.length,
      groups: groups.size,
      top: top ?? 0,
    }),
  };
}

/**
 * The open top of a group's ages (105 for `105 years or older`) when it has every single year below
 * it once and nothing above, and the same top as the groups before (`top`); else why not.
 */
function incomplete(ages: Map<string, number>, top: number | null): number | IngestMessage {
  const open = [...ages].filter(([a]) => TOP.test(a)).map(([, n]) => n);
  const t = open[0];
  if (open.length !== 1 || t === undefined || (top !== null && t !== top))
    return msg('population.no-top');
  const have = new Set<number>();
  for (const [a, n] of ages) if (SINGLE.test(a)) have.add(n);
  for (const n of have) if (n >= t) return msg('population.age', { value: `${n}` });
  for (let a = 0; a < t; a++) if (!have.has(a)) return msg('population.missing', { value: a });
  return t;
}
