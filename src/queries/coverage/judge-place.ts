import type { ResultRow } from '../../arrow/to-rows.ts';
import type { Obs } from '../../domain/intervals.ts';
import { judgeRisk } from '../../domain/risk/verdict.ts';
import type { RiskSettings } from '../../domain/risk/settings.ts';
import type { ReferencePlace, RiskVerdict } from '../../domain/risk/types.ts';
import { toObs } from './rows.ts';
import type { PlaceIndicator } from './types.ts';

/** The sex and age a place's series of one indicator is judged on: all sexes, its most common age. */
export function mainBreakdown(rows: readonly ResultRow[]): { sex: string; age: string } {
  const sex = rows.some((r) => r.sex === 'all') ? 'all' : String(rows[0]?.sex ?? 'all');
  const ages = new Map<string, number>();
  for (const r of rows)
    if (r.sex === sex) ages.set(String(r.age), (ages.get(String(r.age)) ?? 0) + 1);
  const age =
    [...ages.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'all';
  return { sex, age };
}

/** Each indicator's verdict, the series it was judged on and the source of its latest figure. */
export interface PlaceJudgement {
  verdicts: Map<string, RiskVerdict>;
  series: Map<string, Obs[]>;
  sources: Map<string, ResultRow>;
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
  obsRows: readonly ResultRow[],
  settings: RiskSettings,
): PlaceJudgement {
  const byIndicator = new Map<string, ResultRow[]>();
  for (const r of obsRows) {
    const k = String(r.indicator_id);
    const list = byIndicator.get(k);
    if (list) list.push(r);
    else byIndicator.set(k, [r]);
  }
  const out: PlaceJudgement = { verdicts: new Map(), series: new Map(), sources: new Map() };
  for (const ind of indicators) {
    const rows = byIndicator.get(ind.id) ?? [];
    const { sex, age } = mainBreakdown(rows.filter((r) => r.geo_code === geo));
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
