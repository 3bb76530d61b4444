/**
 * Tables with place names instead of codes, as FHI republishes Ungdata and other figures
 * (`Geografi,År,Kjønn,Alder,…,Måltall,value`), and Ungdata results tables as delivered to
 * municipalities (place, year, grade, sex, percent, respondents). `.` means not available.
 * A `Måltall` column with several measures gives one indicator per measure; measures named
 * `nedre`/`øvre` (lower/upper) become the interval, `antall svar` the respondents.
 */
import { IngestError } from '../errors.ts';
import { msg, type IngestCode } from '../messages.ts';
import { slugify } from '../labels.ts';
import { foldName } from '../places.ts';
import type { Candidate, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { asCsv, baseName, cell, col, humanName, records } from './common.ts';
import { type CubeRecord, kindFromText, unitFromLabel } from './cube.ts';
import { knownTable } from '../known-tables.ts';
import { assignIndicators, tableCandidate, tableOutput } from './table-rows.ts';

const PLACE = [
  'Geografi',
  'Sted',
  'Kommune',
  'Område',
  'Region',
  'Geography',
  'Place',
  'Bydel',
  'Fylke',
];
const PERIOD = ['År', 'Aar', 'Year', 'Periode', 'Tid', 'Årstall', 'Undersøkelsesår'];
/** School-year periods (`2016/17-2018/19`) say more than the date-like `År` beside them. */
const SCHOOL_YEAR = ['Skoleår', 'Skoleaar', 'School year', 'Skuleår'];

/**
 * Columns that restate the period or only order the rows (FHI's `Skoleår_slutt`, `SortKommune`):
 * not breakdowns, so they never split a file into indicators.
 */
function restates(name: string): boolean {
  const t = foldName(name);
  return (
    PERIOD.some((p) => foldName(p) === t) ||
    /^(skolea?ar|skulea?ar|school year)[ _-]?(slutt|start|end|fra|til)$/.test(t) ||
    /^sort/.test(t)
  );
}

/** The period column: school years where the file has them, else the first year column. */
const periodColumn = (h: readonly string[]): number => {
  const school = col(h, ...SCHOOL_YEAR);
  return school >= 0 ? school : col(h, ...PERIOD);
};
const SEX = ['Kjønn', 'Kjonn', 'Sex', 'Gender'];
const AGE = ['Alder', 'Age', 'Trinn', 'Klassetrinn', 'Skoletrinn', 'Alder/trinn'];
const VALUE = ['value', 'Verdi', 'Andel', 'Prosent', 'Tall', 'Andel (%)', 'Prosent (%)'];
const METRIC = ['Måltall', 'Measure', 'Mål', 'Statistikkvariabel', 'Enhet'];
const RESPONDENTS = ['Antall svar', 'Respondenter', 'Respondents', 'N', 'Antall besvarelser'];
const FLAG = ['SPVFLAGG', 'Flagg', 'Flag'];

type Role = 'value' | 'ciLow' | 'ciHigh' | 'respondents';

/** What a Måltall value is: the figure, an interval end, or the respondents. */
function metricRole(label: string): Role {
  const t = foldName(label);
  if (/\bnedre\b|\blower\b/.test(t)) return 'ciLow';
  if (/\bovre\b|\bupper\b/.test(t)) return 'ciHigh';
  if (/antall svar|respondent|besvarelser/.test(t)) return 'respondents';
  return 'value';
}

export const namesTable: Reader = {
  id: 'names-table',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const h = input.header;
    const iPlace = col(h, ...PLACE);
    if (iPlace < 0 || periodColumn(h) < 0 || col(h, ...VALUE) < 0) return 0;
    const places = input.sample.map((r) => (r[iPlace] ?? '').trim()).filter((p) => p !== '');
    const named = places.filter((p) => !/^\d+$/.test(p)).length;
    return places.length > 0 && named / places.length >= 0.5 ? 0.9 : 0.6;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const csv = asCsv(input, 'names-table');
    const h = csv.header;
    const iPlace = col(h, ...PLACE);
    const iPeriod = periodColumn(h);
    const iValue = col(h, ...VALUE);
    if (iPlace < 0 || iPeriod < 0 || iValue < 0) throw new IngestError(msg('file.names-columns'));
    const iSex = col(h, ...SEX);
    let iAge = col(h, ...AGE);
    const iMetric = col(h, ...METRIC);
    const iResp = [col(h, ...RESPONDENTS)].find((i) => i >= 0 && i !== iValue) ?? -1;
    const iFlag = col(h, ...FLAG);
    const used = new Set([iPlace, iPeriod, iValue, iSex, iAge, iMetric, iResp, iFlag]);
    let dims = h
      .map((_, i) => i)
      .filter((i) => !used.has(i) && (h[i] ?? '').trim() !== '' && !restates(h[i] ?? ''));
    // One of the tables the embedded figures came from: its slices land under their indicators,
    // unless the user said which indicator the file is.
    const known = ctx.options.indicatorId
      ? null
      : knownTable([...dims, iMetric].filter((i) => i >= 0).map((i) => h[i] as string));
    const knownAge = known?.table.ageColumn;
    if (knownAge !== undefined && iAge < 0) {
      iAge = col(h, knownAge);
      dims = dims.filter((i) => i !== iAge);
    }
    const folded = new Map(h.map((name, i) => [foldName(name), i]));
    const columnOf = new Map<string, number>();
    const at = (name: string): number => {
      let i = columnOf.get(name);
      if (i === undefined) columnOf.set(name, (i = folded.get(foldName(name)) ?? -1));
      return i;
    };

    const core = { place: iPlace, period: iPeriod, sex: iSex, age: iAge };
    const cursor = csv.open();
    // Gather rows; interval ends and respondents are joined onto the figure with the same key.
    const figures: { cand: Candidate; cube: CubeRecord; known?: string }[] = [];
    const byKey = new Map<string, Candidate>();
    const extras: { role: Role; key: string; value: string; row: number }[] = [];
    const kindText = [ctx.fileName, ...h];
    for (const rec of records(csv, cursor, ctx)) {
      const f = rec.fields;
      const metric = iMetric >= 0 ? cell(f, iMetric).trim() : '';
      const dimValues = dims.map((i) => cell(f, i).trim());
      const key = [cell(f, iPlace), cell(f, iPeriod), cell(f, iSex), cell(f, iAge), ...dimValues]
        .map((x) => x.trim())
        .join('\u0001');
      const role = metric ? metricRole(metric) : 'value';
      if (role !== 'value') {
        extras.push({ role, key, value: cell(f, iValue), row: rec.line });
        continue;
      }
      if (kindText.length < 40) kindText.push(cell(f, iAge));
      const cand = tableCandidate(rec, core, cell(f, iValue));
      if (iResp >= 0) cand.respondents = cell(f, iResp);
      if (iFlag >= 0) cand.flag = cell(f, iFlag);
      const id = known?.idOf((name) => cell(f, at(name)));
      figures.push({ cand, cube: { row: rec.line, metric, dims: dimValues }, known: id });
      if (!byKey.has(key)) byKey.set(key, cand);
    }
    for (const e of extras) {
      const target = byKey.get(e.key);
      if (!target) {
        ctx.reject({
          row: e.row,
          ...msg('orphan-measure.row', { role: msg(`word.role.${e.role}` as IngestCode) }),
        });
        continue;
      }
      target[e.role] = e.value;
    }

    const name = humanName(ctx.fileName);
    const kind = kindFromText(kindText.join(' '));
    const metrics = [...new Set(figures.map((x) => x.cube.metric))];
    assignIndicators(
      figures.map((x) => x.cand),
      figures.map((x) => x.cube),
      dims.map((i) => h[i] as string),
      (metric) => {
        const u = unitFromLabel(metric || (h[iValue] ?? ''));
        const multi = metrics.length > 1 && metric !== metrics[0];
        return {
          suggestedId:
            slugify(multi ? `${baseName(ctx.fileName)}-${metric}` : baseName(ctx.fileName)) ||
            'import',
          name_nb: multi ? `${name}: ${metric}` : name,
          unit: u.unit,
          unitGuessed: u.guessed,
          source_kind: kind,
          description_nb: metric ? `Måltall: ${metric}` : undefined,
        };
      },
      ctx,
      figures.map((x) => x.known),
    );
    return tableOutput(
      figures.map((x) => x.cand),
      {
        title: name,
        publisher:
          kind === 'ungdata'
            ? 'NOVA (Ungdata), via Folkehelseinstituttet'
            : 'Folkehelseinstituttet (FHI)',
        citation: `Tabell med stedsnavn, fil ${ctx.fileName}`,
      },
      cursor,
    );
  },
};
