import Papa from 'papaparse';
import { TABLES, type Cell } from '../domain/contract.ts';
import type { LinkRow, MeasureRow } from '../domain/measure-overlay.ts';
import { toCsv } from './csv.ts';

const MEASURE_COLS = TABLES.measure.map((c) => c.name);
const INT_COLS = new Set(TABLES.measure.filter((c) => c.type === 'int').map((c) => c.name));
/** CSV columns: the contract's measure columns, then the links as text. */
export const MEASURE_CSV_COLUMNS = [...MEASURE_COLS, 'theme_ids', 'indicator_links'];

/** Measures and their links, as exported and imported. */
export interface MeasureSet {
  measures: MeasureRow[];
  links: LinkRow[];
}

const pick = (r: MeasureRow): MeasureRow =>
  Object.fromEntries(MEASURE_COLS.map((c) => [c, r[c] ?? null]));

/** The set as JSON: contract rows, stable order. */
export function measuresToJson(set: MeasureSet): string {
  return (
    JSON.stringify(
      {
        format: 'oversikt-measures',
        version: 1,
        measures: set.measures.map(pick),
        links: set.links,
      },
      null,
      2,
    ) + '\n'
  );
}

/** The set as CSV (one row per measure; links as `theme:direction|…` and `indicator:direction[:theme]|…`). */
export function measuresToCsv(set: MeasureSet): string {
  const rows = set.measures.map((m) => {
    const mine = set.links.filter((l) => l.measure_id === m.id);
    return {
      ...pick(m),
      theme_ids:
        mine
          .filter((l) => l.theme_id && !l.indicator_id)
          .map((l) => `${l.theme_id}:${l.expected_direction}`)
          .join('|') || null,
      indicator_links:
        mine
          .filter((l) => l.indicator_id)
          .map(
            (l) => `${l.indicator_id}:${l.expected_direction}${l.theme_id ? `:${l.theme_id}` : ''}`,
          )
          .join('|') || null,
    };
  });
  return toCsv(MEASURE_CSV_COLUMNS, rows);
}

/** Undoes the export's spreadsheet guard: a leading apostrophe before =, +, -, @, tab or CR. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Reads a file written by measuresToJson or measuresToCsv; errors name the row and the problem. */
export function parseMeasureFile(text: string): MeasureSet & { errors: string[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trimStart().startsWith('{')) {
    try {
      const j = JSON.parse(body) as { format?: string; measures?: MeasureRow[]; links?: LinkRow[] };
      if (
        j.format !== 'oversikt-measures' ||
        !Array.isArray(j.measures) ||
        !Array.isArray(j.links)
      ) {
        return { measures: [], links: [], errors: ['not an Oversikt measures file'] };
      }
      return { measures: j.measures.map(pick), links: j.links, errors: [] };
    } catch (e) {
      return {
        measures: [],
        links: [],
        errors: [`JSON: ${e instanceof Error ? e.message : String(e)}`],
      };
    }
  }
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true });
  const errors: string[] = parsed.errors.map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`);
  const missing = ['id', 'plan_id', 'title', 'status', 'citation'].filter(
    (c) => !parsed.meta.fields?.includes(c),
  );
  if (missing.length > 0)
    return { measures: [], links: [], errors: [`missing columns: ${missing.join(', ')}`] };
  const measures: MeasureRow[] = [];
  const links: LinkRow[] = [];
  parsed.data.forEach((r, i) => {
    const m: MeasureRow = {};
    for (const c of MEASURE_COLS) {
      const raw = unguard(r[c] ?? '');
      let v: Cell = raw === '' ? null : raw;
      if (v !== null && INT_COLS.has(c)) {
        v = Number(raw);
        if (!Number.isInteger(v)) errors.push(`row ${i + 2}: ${c} must be a whole number (${raw})`);
      }
      m[c] = v;
    }
    measures.push(m);
    const id = String(m.id);
    for (const part of unguard(r.theme_ids ?? '')
      .split('|')
      .filter(Boolean)) {
      const [theme, direction = 'none'] = part.split(':');
      links.push({
        measure_id: id,
        theme_id: theme ?? null,
        indicator_id: null,
        expected_direction: direction,
      });
    }
    for (const part of unguard(r.indicator_links ?? '')
      .split('|')
      .filter(Boolean)) {
      const [indicator, direction = 'none', theme = null] = part.split(':');
      links.push({
        measure_id: id,
        theme_id: theme,
        indicator_id: indicator ?? null,
        expected_direction: direction,
      });
    }
  });
  return { measures, links, errors };
}

const SEASON: Record<string, string> = {
  vår: '0601',
  sommer: '0801',
  høst: '1101',
  jul: '1220',
  vinter: '0201',
};
const icsText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Due dates as an iCalendar file: one all-day event per measure with a due year (season if the text names one). */
export function measuresToIcs(
  measures: (MeasureRow & { plan_title?: Cell })[],
  stamp: string,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Oversikt//Tiltak//NB',
    'CALSCALE:GREGORIAN',
  ];
  for (const m of measures) {
    if (typeof m.due_year !== 'number') continue;
    const season = Object.keys(SEASON).find((s) =>
      String(m.due_text ?? '')
        .toLowerCase()
        .includes(s),
    );
    const date = `${m.due_year}${season ? SEASON[season] : '1231'}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${String(m.id)}@oversikt`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${date}`,
      `SUMMARY:${icsText(`Frist: ${String(m.title)}`)}`,
      `DESCRIPTION:${icsText([m.plan_title, m.due_text && `Frist i planen: ${String(m.due_text)}`, m.responsible && `Ansvar: ${String(m.responsible)}`].filter(Boolean).join('\n'))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
