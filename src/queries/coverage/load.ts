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
import { kostraGroups } from '../../sql/kostra.ts';
import { countRates } from '../../sql/rates.ts';
import { resolveReference } from '../reference.ts';
import { loadGroupRows, resolveComputedGroup, type GroupObsRow } from '../similar.ts';
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
  const [places, placeRows, themes, plans, measureRows, linkRows, indicatorRows, kostra] =
    await Promise.all([
      db.query(pickerPlaces()),
      db.query(placeByCode(s.geo)),
      db.query(allThemes()),
      db.query(placePlans(s.geo)),
      db.query(placeMeasures(s.geo)),
      db.query(placeLinks(s.geo)),
      db.query(placeIndicators(s.geo)),
      db.query(kostraGroups()),
    ]);
  const place = placeRows[0] ?? null;
  // A group made from members (same size, KOSTRA) has its values computed; others are read.
  const computed = await resolveComputedGroup(db, s.reference, s.geo);
  const reference = computed?.place ?? resolveReference(s.reference, place, places);
  const ownRows = await db.query(placeObservations(s.geo, computed ? [] : [reference.code]));
  const groupRows = computed
    ? await loadGroupRows(db, computed, [...new Set(indicatorRows.map((i) => i.id))])
    : [];
  const obsRows = [...ownRows, ...groupRows];
  const countIds = indicatorRows.filter((i) => i.unit === 'count').map((i) => i.id);
  const rates = countIds.length > 0 ? await db.query(countRates([s.geo], countIds)) : [];
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
    kostra,
    place,
    reference,
    computedGroup: computed ? { kind: computed.kind, year: computed.year } : null,
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
        referenceGroup: computed ? groupRowFor(groupRows, verdict) : null,
        rates: rates.filter(
          (r) =>
            r.indicator_id === ind.id &&
            r.sex === (judged.breakdowns.get(ind.id)?.sex ?? 'all') &&
            r.age === (judged.breakdowns.get(ind.id)?.age ?? 'all'),
        ),
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

/** The group row the verdict compared with (same indicator, period; the verdict's breakdown). */
function groupRowFor(rows: readonly GroupObsRow[], v: RiskVerdict): GroupObsRow | null {
  const r = v.reference;
  if (!r) return null;
  return (
    rows.find(
      (g) =>
        g.indicator_id === v.indicatorId &&
        g.period_from === r.period_from &&
        g.period_to === r.period_to &&
        g.value === r.value,
    ) ?? null
  );
}
