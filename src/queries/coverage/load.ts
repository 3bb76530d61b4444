import type { Connector } from '../../db/connector.ts';
import {
  coverageMatrix,
  filteredMeasures,
  hasFigures,
  isContext,
  isActive,
  linkedMeasures,
  overdueMeasures,
  tierCounts,
  tierOf,
  uncovered,
  unfollowedMeasures,
  worseningDespiteMeasure,
} from '../../domain/coverage.ts';
import { riskSettings, type RiskSettings } from '../../domain/risk/settings.ts';
import type { RiskVerdict } from '../../domain/risk/types.ts';
import { pickerPlaces, placeByCode } from '../../sql/catalog.ts';
import {
  allThemes,
  placeIndicators,
  placeLinks,
  placeMeasures,
  placeObservations,
  placePlans,
} from '../../sql/coverage.ts';
import { resolveReference } from '../reference.ts';
import { judgePlace } from './judge-place.ts';
import { hasOwnDeadline, lastPlanYearOf, toLink, toPlaceMeasure } from './rows.ts';
import type { CoverageState, PlaceCoverage } from './types.ts';

/** Loads a place's figures, measures and links and applies the risk and coverage rules. */
export async function loadPlaceCoverage(
  db: Connector,
  s: CoverageState,
  settings: Partial<RiskSettings> = {},
  now = new Date().getFullYear(),
): Promise<PlaceCoverage> {
  const [places, placeRows, themes, plans, measureRows, linkRows, indicatorRows] =
    await Promise.all([
      db.query(pickerPlaces()),
      db.query(placeByCode(s.geo)),
      db.query(allThemes()),
      db.query(placePlans(s.geo)),
      db.query(placeMeasures(s.geo)),
      db.query(placeLinks(s.geo)),
      db.query(placeIndicators(s.geo)),
    ]);
  const place = placeRows[0] ?? null;
  const reference = resolveReference(s.reference, place, places);
  const obsRows = await db.query(placeObservations(s.geo, [reference.code]));
  const lastPlanYear = lastPlanYearOf(plans);
  const year = s.year ?? (lastPlanYear !== null && lastPlanYear < now ? lastPlanYear : now);
  const measures = measureRows.map(toPlaceMeasure);
  const explicitDue = new Set(measureRows.filter(hasOwnDeadline).map((r) => r.id));
  const links = linkRows.map(toLink);
  const rs = riskSettings({
    ...settings,
    reference: reference.kind,
    groupCode: reference.kind === 'group' ? reference.code : null,
  });
  const indicators = indicatorRows;
  const judged = judgePlace(s.geo, place?.label ?? s.geo, reference, indicators, obsRows, rs);
  const input = {
    indicators,
    verdicts: judged.verdicts,
    measures,
    links,
    themes,
    year,
    filters: { ...s.filters, activeInYear: year },
  };
  const counted = filteredMeasures(measures, s.filters);
  const open = uncovered(input);
  const openIds = new Set(open.items.map((i) => i.indicator_id));
  return {
    places,
    place,
    reference,
    themes,
    plans,
    measures,
    year,
    lastPlanYear,
    indicators: indicators.map((ind) => {
      const verdict = judged.verdicts.get(ind.id) as RiskVerdict;
      const linked = linkedMeasures(ind, counted, links).filter((l) => isActive(l.measure, year));
      return {
        indicator: ind,
        verdict,
        tier: hasFigures(verdict) && !isContext(ind) ? tierOf(verdict) : null,
        activeMeasures: linked.length,
        directMeasures: linked.filter((l) => l.via === 'indicator').length,
        uncovered: openIds.has(ind.id),
        breakdown: judged.breakdowns.get(ind.id) ?? { sex: 'all', age: 'all' },
        series: judged.series.get(ind.id) ?? [],
        source: judged.sources.get(ind.id) ?? null,
      };
    }),
    tiers: tierCounts(indicators, judged.verdicts),
    uncovered: open,
    unfollowed: unfollowedMeasures(input),
    // Only a deadline the plan states can be missed; a measure that just ran out with its plan is not overdue.
    overdue: overdueMeasures({ ...input, measures: measures.filter((m) => explicitDue.has(m.id)) }),
    worseningDespite: worseningDespiteMeasure(input),
    matrix: coverageMatrix(input),
  };
}
