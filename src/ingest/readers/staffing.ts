/**
 * Staffing in municipal mental-health and substance work (Helsedirektoratet/SINTEF IS-24/8, SSB
 * 12228), in our template (src/ingest/README.md): `kommune;år;målgruppe;årsverk;per_10000;per_1000`.
 * målgruppe `voksne` (adults, per inhabitants 18+) or `barn` (children and young people, per
 * inhabitants 0–17); per 10 000 in the older reports, per 1 000 from 2024; either may be empty.
 */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import type { Candidate, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { cell, col, isTemplate } from './common.ts';
import { groupedRecords, tableCandidate, tableOutput, templateTable } from './table-rows.ts';

const GROUPS = {
  adults: {
    words: ['', 'voksne', 'voksen', 'adults', '18+', '18 år og over'],
    stem: 'staffing-mhsu-adults',
    age: '18_plus',
    nb: 'psykisk helse- og rusarbeid for voksne',
    population: 'Innbyggere 18 år og over',
  },
  children: {
    words: ['barn', 'barn og unge', 'children', 'unge', '0-17', '0–17 år'],
    stem: 'staffing-mh-children',
    age: '0_17',
    nb: 'psykisk helsearbeid for barn og unge',
    population: 'Innbyggere 0–17 år',
  },
} as const;
const GROUP_COLUMN = {
  groups: GROUPS,
  names: ['målgruppe', 'malgruppe', 'target_group', 'gruppe'],
  code: 'bad-group.staffing',
  column: 'målgruppe',
} as const;

const MEASURES = [
  { columns: ['årsverk', 'arsverk', 'fte'], suffix: 'fte', unit: 'ratio', label: 'Årsverk i' },
  {
    columns: ['per_10000', 'per 10000', 'per_10_000', 'per 10 000'],
    suffix: 'per-10000',
    unit: 'per_10000',
    label: 'Årsverk per 10 000 innbyggere i',
  },
  {
    columns: ['per_1000', 'per 1000', 'per_1_000', 'per 1 000'],
    suffix: 'per-1000',
    unit: 'per_1000',
    label: 'Årsverk per 1 000 innbyggere i',
  },
] as const;

export const staffing: Reader = {
  id: 'staffing',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const h = input.header;
    if (!isTemplate(h)) return 0;
    const present = MEASURES.filter((m) => col(h, ...m.columns) >= 0).length;
    const fte = col(h, ...MEASURES[0].columns) >= 0;
    return fte && present >= 2 ? 1 : fte ? 0.8 : present >= 1 ? 0.5 : 0;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const { csv, h, core, define } = templateTable(input, ctx, 'staffing', 'file.staffing-columns');
    const measures = MEASURES.map((m) => ({ ...m, i: col(h, ...m.columns) })).filter(
      (m) => m.i >= 0,
    );
    if (measures.length === 0) throw new IngestError(msg('file.staffing-figures'));
    const cursor = csv.open();
    function* rows(): Generator<Candidate> {
      for (const rec of groupedRecords(csv, cursor, ctx, GROUP_COLUMN)) {
        const g = GROUPS[rec.group];
        for (const m of measures) {
          // An empty cell is no figure (the template has columns for both report styles).
          if (cell(rec.fields, m.i).trim() === '') continue;
          const id = define(`${g.stem}-${m.suffix}`, {
            suggestedId: `${g.stem}-${m.suffix}`,
            name_nb: `${m.label} ${g.nb}`,
            unit: m.unit,
            theme_id: 'service-capacity',
            polarity: 'higher_better',
            population: g.population,
            description_nb:
              m.unit === 'ratio'
                ? `Årsverk (heltidsekvivalenter) i ${g.nb}; enheten er årsverk, ikke et forhold.`
                : undefined,
          });
          yield { ...tableCandidate(rec, core, cell(rec.fields, m.i)), indicator: id, age: g.age };
        }
      }
    }
    return tableOutput(
      rows(),
      {
        title: `Årsverk i kommunalt psykisk helse- og rusarbeid, ${ctx.fileName}`,
        publisher:
          'Helsedirektoratet/SINTEF (IS-24/8) eller SSB (tabell 12228), utfylt av kommunen',
        citation: `Bemanning, utfylt mal ${ctx.fileName}`,
      },
      cursor,
    );
  },
};
