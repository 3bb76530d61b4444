import type { CoverageState } from '../../queries/place-coverage.ts';
import { referenceFrom } from '../../queries/reference.ts';
import { DEFAULT_GEO } from '../shared/usePlaceParam.ts';

/** Dekning's state from URL params: place, year, reference and measure filters. */
export function dekningStateFrom(
  params: Record<string, string>,
  remembered: string | null,
): CoverageState {
  const year = Number(params.year);
  return {
    geo: params.geo || remembered || DEFAULT_GEO,
    year: Number.isInteger(year) && year > 1900 ? year : null,
    reference: referenceFrom(params.ref),
    filters: {
      ...(params.plan ? { planIds: [params.plan] } : {}),
      ...(params.group ? { targetGroup: params.group } : {}),
      ...(params.level ? { preventionLevel: params.level } : {}),
    },
  };
}
