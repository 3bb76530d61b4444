import type { CoverageState } from './place-coverage.ts';
import { referenceFrom } from './reference.ts';
import { DEFAULT_GEO } from './defaults.ts';

/** Dekning's (and a pinned list's) state from URL params: place, year, reference and measure filters. */
export function coverageStateFrom(
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
