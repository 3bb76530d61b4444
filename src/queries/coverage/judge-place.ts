import type { Obs } from '../../domain/intervals.ts';
import { judgeRisk } from '../../domain/risk/verdict.ts';
import type { RiskSettings } from '../../domain/risk/settings.ts';
import type { ReferencePlace, RiskVerdict } from '../../domain/risk/types.ts';
import type { PlaceObsRow } from '../../sql/rows.ts';
import { toObs } from './rows.ts';
import type { PlaceIndicator } from './types.ts';

/** How many years an age band spans (`all` widest; `0_17` 18; `67_plus` to 100), for ties. */
function bandWidth(age: string): number {
  if (age === 'all') return Infinity;
  const range = /^(\d+)_(\d+)$/.exec(age);
  if (range) return Number(range[2]) - Number(range[1]) + 1;
  const plus = /^(\d+)_plus$/.exec(age);
  if (plus) return 101 - Number(plus[1]);
  return 0;
}

/**
 * The sex and age a place's series of one indicator is judged on: all sexes, and the age with the
 * most figures; on a tie, all ages, else the widest band (population 0–17 never stands for all).
 */
export function mainBreakdown(rows: readonly { sex: string; age: string }[]): {
  sex: string;
  age: string;
} {
  const sex = rows.some((r) => r.sex === 'all') ? 'all' : (rows[0]?.sex ?? 'all');
  const ages = new Map<string, number>();
  for (const r of rows) if (r.sex === sex) ages.set(r.age, (ages.get(r.age) ?? 0) + 1);
  const age =
    [...ages.entries()].sort(
      (a, b) => b[1] - a[1] || bandWidth(b[0]) - bandWidth(a[0]) || a[0].localeCompare(b[0]),
    )[0]?.[0] ?? 'all';
  return { sex, age };
}

/** Each indicator's verdict, the series it was judged on and the source of its latest figure. */
export interface PlaceJudgement {
  verdicts: Map<string, RiskVerdict>;
  series: Map<string, Obs[]>;
  sources: Map<string, PlaceObsRow>;
  /** The sex and age each indicator was judged on. */
  breakdowns: Map<string, { sex: string; age: string }>;
}

/**
 * Judges every indicator of a place against the reference on the place's main breakdown, grouping
 * the figures by indicator once so each indicator reads only its own rows.
 */
export function judgePlace(
  geo: string,
  placeName: string,
  reference: ReferencePlace,
  indicators: readonly PlaceIndicator[],
  obsRows: readonly PlaceObsRow[],
  settings: RiskSettings,
): PlaceJudgement {
  const byIndicator = new Map<string, PlaceObsRow[]>();
  for (const r of obsRows) {
    const list = byIndicator.get(r.indicator_id);
    if (list) list.push(r);
    else byIndicator.set(r.indicator_id, [r]);
  }
  const out: PlaceJudgement = {
    verdicts: new Map(),
    series: new Map(),
    sources: new Map(),
    breakdowns: new Map(),
  };
  for (const ind of indicators) {
    const rows = byIndicator.get(ind.id) ?? [];
    const { sex, age } = mainBreakdown(rows.filter((r) => r.geo_code === geo));
    out.breakdowns.set(ind.id, { sex, age });
    const at = (code: string) =>
      rows.filter((r) => r.geo_code === code && r.sex === sex && r.age === age);
    const own = at(geo);
    const series = own.map(toObs);
    out.series.set(ind.id, series);
    const latestRow = own.at(-1);
    if (latestRow) out.sources.set(ind.id, latestRow);
    out.verdicts.set(
      ind.id,
      judgeRisk(
        {
          indicator: { id: ind.id, unit: ind.unit, polarity: ind.polarity },
          series,
          reference: at(reference.code).map(toObs),
          referencePlace: reference,
          placeName,
        },
        settings,
      ),
    );
  }
  return out;
}
