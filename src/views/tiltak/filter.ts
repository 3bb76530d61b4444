import { isActive, splitList, type CoverageMeasure } from '../../domain/coverage.ts';
import { compareDue } from '../../domain/due-order.ts';
import type { LinkRow, MeasureListRow } from '../../sql/rows.ts';

/** The Tiltak view's filters, as its URL carries them. */
export interface TiltakFilters {
  q: string;
  geo: string;
  plan: string;
  status: string;
  level: string;
  group: string;
  theme: string;
  active: string;
  changed: string;
  sort: string;
  dir: 'asc' | 'desc';
}

/** Reads filters from URL params. */
export function filtersFrom(p: Record<string, string>): TiltakFilters {
  return {
    q: p.q ?? '',
    geo: p.geo ?? '',
    plan: p.plan ?? '',
    status: p.status ?? '',
    level: p.level ?? '',
    group: p.group ?? '',
    theme: p.theme ?? '',
    active: p.active ?? '',
    changed: p.changed ?? '',
    sort: p.sort ?? '',
    dir: p.dir === 'desc' ? 'desc' : 'asc',
  };
}

const asCoverage = (m: MeasureListRow): CoverageMeasure => ({
  id: m.id,
  plan_id: m.plan_id,
  title: m.title,
  status: m.status,
  start_year: m.start_year,
  due_year: m.due_year,
  due_text: m.due_text,
  prevention_level: m.prevention_level,
  target_groups: m.target_groups,
});

const SEARCHED: (keyof MeasureListRow)[] = [
  'id',
  'title',
  'goal',
  'responsible',
  'due_text',
  'cost_text',
  'citation',
  'plan_title',
  'geo_name',
];

/** The measures that pass the filters, sorted. */
export function filterMeasures(
  rows: MeasureListRow[],
  links: LinkRow[],
  f: TiltakFilters,
): MeasureListRow[] {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  const themed = f.theme
    ? new Set(links.filter((l) => l.theme_id === f.theme).map((l) => l.measure_id))
    : null;
  const year = Number(f.active);
  const out = rows.filter((m) => {
    if (f.geo && m.geo_code !== f.geo) return false;
    if (f.plan && m.plan_id !== f.plan) return false;
    if (f.status && m.status !== f.status) return false;
    if (f.level && !splitList(m.prevention_level).includes(f.level)) return false;
    if (f.group && !splitList(m.target_groups).includes(f.group)) return false;
    if (themed && !themed.has(m.id)) return false;
    if (f.changed && !m.changed) return false;
    if (Number.isInteger(year) && year > 1900 && !isActive(asCoverage(m), year)) return false;
    if (words.length > 0) {
      const hay = SEARCHED.map((c) => m[c] ?? '')
        .join(' ')
        .toLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
  if (f.sort === 'due_text' || f.sort === 'due_year') {
    const dir = f.dir === 'desc' ? -1 : 1;
    out.sort((a, b) => compareDue(a, b, dir));
  } else if (f.sort) {
    const k = f.sort as keyof MeasureListRow;
    const sign = f.dir === 'desc' ? -1 : 1;
    out.sort((a, b) => {
      const x = a[k];
      const y = b[k];
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : String(x).localeCompare(String(y), 'nb')) * sign
      );
    });
  }
  return out;
}
