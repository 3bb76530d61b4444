import type { Period } from '../period.ts';
import { filteredMeasures, linkedMeasures } from './measures.ts';
import { verdictOf, type CoverageInput } from './types.ts';

/** An indicator that worsens although a linked measure started before its latest period. */
export interface WorseningDespiteItem {
  indicator_id: string;
  theme_id: string;
  name_nb: string;
  name_en: string;
  last_period: Period;
  /** The measures that had started, earliest first. */
  measures: { measure_id: string; via: 'indicator' | 'theme'; start_year: number }[];
}

/**
 * Indicators whose trend is worsening although a linked measure (direct or via the theme; not
 * cancelled; passing the filters) started before the latest period of the trend began.
 */
export function worseningDespiteMeasure(
  input: Pick<CoverageInput, 'indicators' | 'verdicts' | 'measures' | 'links' | 'filters'>,
): WorseningDespiteItem[] {
  const measures = filteredMeasures(input.measures, input.filters).filter(
    (m) => m.status !== 'cancelled',
  );
  const out: WorseningDespiteItem[] = [];
  for (const ind of input.indicators) {
    const v = verdictOf(input.verdicts, ind.id);
    const last = v?.trendPeriods[v.trendPeriods.length - 1];
    if (!v || v.trend !== 'worsening' || !last) continue;
    const started = linkedMeasures(ind, measures, input.links)
      .filter((l) => l.measure.start_year !== null && l.measure.start_year < last.from)
      .map((l) => ({
        measure_id: l.measure.id,
        via: l.via,
        start_year: l.measure.start_year as number,
      }))
      .sort((a, b) => a.start_year - b.start_year || a.measure_id.localeCompare(b.measure_id));
    if (started.length === 0) continue;
    out.push({
      indicator_id: ind.id,
      theme_id: ind.theme_id,
      name_nb: ind.name_nb,
      name_en: ind.name_en,
      last_period: last,
      measures: started,
    });
  }
  return out;
}
