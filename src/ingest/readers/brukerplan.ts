/**
 * Brukerplan municipal summaries, in our template (src/ingest/README.md): one row per place, year
 * and group with persons mapped, persons per 1 000 inhabitants 18+, and the share (percent) scoring
 * green, yellow and red in each of the 8 areas. Header (Norwegian, English aliases accepted):
 * `kommune;år;gruppe;personer;per_1000;bolig_grønn;bolig_gul;bolig_rød;aktivitet_grønn;…;nettverk_rød`.
 */
import { msg, type IngestCode } from '../messages.ts';
import { foldName } from '../places.ts';
import type { Candidate, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { cell, col, isTemplate } from './common.ts';
import { parseNumber } from '../numbers.ts';
import { groupedRecords, tableCandidate, tableOutput, templateTable } from './table-rows.ts';

/** The 8 areas: template words (folded) → id, Norwegian label, theme. */
export const BRUKERPLAN_AREAS = [
  { id: 'housing', words: ['bolig', 'housing'], nb: 'bolig', theme: 'housing' },
  {
    id: 'work-activity',
    words: [
      'aktivitet',
      'meningsfull_aktivitet',
      'arbeid_aktivitet',
      'activity',
      'meaningful_activity',
    ],
    nb: 'arbeid og meningsfull aktivitet',
    theme: 'work-activity',
  },
  { id: 'finances', words: ['okonomi', 'finances', 'economy'], nb: 'økonomi', theme: null },
  {
    id: 'physical-health',
    words: ['fysisk_helse', 'physical_health'],
    nb: 'fysisk helse',
    theme: null,
  },
  {
    id: 'mental-health',
    words: ['psykisk_helse', 'mental_health'],
    nb: 'psykisk helse',
    theme: null,
  },
  {
    id: 'substance-use',
    words: ['rusmiddelbruk', 'rus', 'substance_use'],
    nb: 'rusmiddelbruk',
    theme: null,
  },
  {
    id: 'social-functioning',
    words: ['sosial_fungering', 'social_functioning'],
    nb: 'sosial fungering',
    theme: null,
  },
  { id: 'network', words: ['nettverk', 'network'], nb: 'nettverk', theme: null },
] as const;

const COLORS = [
  { id: 'green', words: ['gronn', 'green'], nb: 'Grønn', polarity: 'higher_better' },
  { id: 'yellow', words: ['gul', 'yellow'], nb: 'Gul', polarity: 'neutral' },
  { id: 'red', words: ['rod', 'red'], nb: 'Rød', polarity: 'higher_worse' },
] as const;

const GROUPS = {
  substance: {
    words: ['', 'rus', 'rusproblemer', 'substance', 'rus og psykisk'],
    nb: 'rusproblemer',
    theme: 'adult-substance',
  },
  'mental-only': {
    words: ['psykisk', 'kun psykisk', 'psykiske helseproblemer', 'mental-only', 'mental'],
    nb: 'kun psykiske helseproblemer',
    theme: 'adult-mental-health',
  },
} as const;
const GROUP_COLUMN = {
  groups: GROUPS,
  names: ['gruppe', 'group'],
  code: 'bad-group.brukerplan',
  column: 'gruppe',
} as const;

interface ShareColumn {
  i: number;
  area: (typeof BRUKERPLAN_AREAS)[number];
  color: (typeof COLORS)[number];
}

function shareColumns(header: readonly string[]): ShareColumn[] {
  const out: ShareColumn[] = [];
  header.forEach((name, i) => {
    const m = /^(.+)_(gronn|gul|rod|green|yellow|red)$/.exec(foldName(name).replace(/\s+/g, '_'));
    if (!m) return;
    const area = BRUKERPLAN_AREAS.find((a) =>
      (a.words as readonly string[]).includes(m[1] as string),
    );
    const color = COLORS.find((c) => (c.words as readonly string[]).includes(m[2] as string));
    if (area && color) out.push({ i, area, color });
  });
  return out;
}

export const brukerplan: Reader = {
  id: 'brukerplan',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const h = input.header;
    if (!isTemplate(h)) return 0;
    const shares = shareColumns(h).length;
    const persons = col(h, 'personer', 'persons') >= 0;
    return shares >= 3 ? 1 : persons && col(h, 'per_1000') >= 0 ? 0.6 : 0;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const { csv, h, core, define } = templateTable(
      input,
      ctx,
      'brukerplan',
      'file.brukerplan-columns',
    );
    const iPersons = col(h, 'personer', 'persons');
    const iPer1000 = col(h, 'per_1000', 'per 1000', 'per_1_000');
    const shares = shareColumns(h);
    const cursor = csv.open();
    function* rows(): Generator<Candidate> {
      for (const rec of groupedRecords(csv, cursor, ctx, GROUP_COLUMN)) {
        const f = rec.fields;
        const group = rec.group;
        const g = GROUPS[group];
        const at = (i: number, indicator: string, age: string): Candidate => ({
          ...tableCandidate(rec, core, cell(f, i)),
          indicator,
          age,
        });
        // An empty cell is no figure; a symbol (`:`) is a suppressed or missing figure.
        if (iPersons >= 0 && cell(f, iPersons).trim() !== '') {
          const id = `brukerplan-${group}-persons`;
          define(id, {
            suggestedId: id,
            name_nb: `Personer med ${g.nb} registrert i Brukerplan`,
            unit: 'count',
            theme_id: g.theme,
            polarity: 'neutral',
          });
          yield at(iPersons, id, 'all');
        }
        if (iPer1000 >= 0 && cell(f, iPer1000).trim() !== '') {
          const id = `brukerplan-${group}-per-1000`;
          define(id, {
            suggestedId: id,
            name_nb: `Personer med ${g.nb} i Brukerplan per 1 000 innbyggere`,
            unit: 'per_1000',
            theme_id: g.theme,
            polarity: 'neutral',
            population: 'Innbyggere 18 år og over',
          });
          yield at(iPer1000, id, '18_plus');
        }
        // The three colours of an area must add up to about 100 %.
        const badAreas = new Set<string>();
        for (const area of BRUKERPLAN_AREAS) {
          const cols = shares.filter((s) => s.area.id === area.id);
          if (cols.length !== 3) continue;
          const nums = cols.map((s) => parseNumber(cell(f, s.i)));
          if (nums.every((n) => n.ok && n.value !== null)) {
            const sum = nums.reduce((a, n) => a + (n.ok && n.value !== null ? n.value : 0), 0);
            if (Math.abs(sum - 100) > 1.5) {
              badAreas.add(area.id);
              ctx.reject({
                row: rec.line,
                ...msg('shares-do-not-add-up.row', {
                  area: msg(`word.area.${area.id}` as IngestCode),
                  sum: Math.round(sum * 10) / 10,
                }),
                column: area.id,
              });
            }
          }
        }
        for (const s of shares) {
          if (badAreas.has(s.area.id) || cell(f, s.i).trim() === '') continue;
          const id = `brukerplan-${group}-${s.color.id}-${s.area.id}`;
          define(id, {
            suggestedId: id,
            name_nb: `${s.color.nb} skår på ${s.area.nb} (${g.nb})`,
            unit: 'percent',
            theme_id: s.area.theme ?? g.theme,
            polarity: s.color.polarity,
            population: `Tjenestemottakere med ${g.nb}`,
            description_nb: `Andel av de registrerte i Brukerplan med ${g.nb} som skårer ${s.color.nb.toLowerCase()} på ${s.area.nb}.`,
          });
          yield at(s.i, id, 'all');
        }
      }
    }
    return tableOutput(
      rows(),
      {
        title: `Brukerplan, ${ctx.fileName}`,
        publisher: 'Brukerplan (KoRus / Helse Stavanger), utfylt av kommunen',
        citation: `Brukerplan kommunerapport, utfylt mal ${ctx.fileName}`,
      },
      cursor,
    );
  },
};
