import type { Connector } from '../db/connector.ts';
import type { Tier } from '../domain/coverage/tiers.ts';
import type { RiskVerdict, Verdict } from '../domain/risk/types.ts';
import { loadPlaceCoverage } from './coverage/load.ts';
import type { Reference } from './reference.ts';

/** A real figure from the embedded data that shows one verdict word and one tier. */
export interface JudgeExample {
  geo: string;
  reference: Reference;
  indicator: string;
  /** The verdict and tier the embedded data gives it (a unit test holds them to it). */
  verdict: Verdict;
  basis: RiskVerdict['basis'];
  tier: Tier;
}

/** The examples "Slik vurderer vi" shows, one per word the seed data has an instance of. */
export const JUDGE_EXAMPLES: readonly JudgeExample[] = [
  {
    geo: '3320',
    reference: 'G-SINTEF-U2000',
    indicator: 'staffing-mh-children-per-10000',
    verdict: 'worse',
    basis: 'difference',
    tier: 'possible_risk',
  },
  {
    geo: '1554',
    reference: 'country',
    indicator: 'ungdata-offered-cannabis',
    verdict: 'better',
    basis: 'difference',
    tier: 'no_signal',
  },
  {
    geo: '3447',
    reference: 'country',
    indicator: 'med-antidepressants',
    verdict: 'higher',
    basis: 'difference',
    tier: 'notable_difference',
  },
  {
    geo: '3320',
    reference: 'country',
    indicator: 'ungdata-lonely',
    verdict: 'no_certain_difference',
    basis: 'interval',
    tier: 'no_signal',
  },
  {
    geo: '3320',
    reference: 'country',
    indicator: 'ungdata-threatened-violence',
    verdict: 'about_same',
    basis: 'interval',
    tier: 'no_signal',
  },
  {
    geo: '1554',
    reference: 'country',
    indicator: 'lar-patients',
    verdict: 'too_few',
    basis: null,
    tier: 'cannot_judge',
  },
  {
    geo: '1554',
    reference: 'country',
    indicator: 'ungdata-drunk-12m',
    verdict: 'cannot_judge',
    basis: null,
    tier: 'cannot_judge',
  },
  {
    geo: '1554',
    reference: 'country',
    indicator: 'police-drug-cases',
    verdict: 'cannot_judge',
    basis: null,
    tier: 'cannot_judge',
  },
];

/** An example with the verdict the data gives it now and the place's name. */
export interface LoadedExample {
  example: JudgeExample;
  placeName: string;
  indicatorName: { nb: string; en: string };
  verdict: RiskVerdict | null;
}

/** Judges each example's figure as Oversikt does (one load per place and reference). */
export async function loadJudgeExamples(
  db: Connector,
  examples: readonly JudgeExample[] = JUDGE_EXAMPLES,
): Promise<LoadedExample[]> {
  const keys = [...new Set(examples.map((e) => `${e.geo}|${e.reference}`))];
  const loaded = new Map(
    await Promise.all(
      keys.map(async (k) => {
        const [geo = '', reference = 'country'] = k.split('|');
        const data = await loadPlaceCoverage(db, {
          geo,
          year: null,
          reference: reference as Reference,
          filters: {},
        });
        return [k, data] as const;
      }),
    ),
  );
  return examples.map((example) => {
    const data = loaded.get(`${example.geo}|${example.reference}`);
    const item = data?.indicators.find((i) => i.indicator.id === example.indicator);
    return {
      example,
      placeName: String(data?.place?.name ?? example.geo),
      indicatorName: {
        nb: item?.indicator.name_nb ?? example.indicator,
        en: item?.indicator.name_en ?? example.indicator,
      },
      verdict: item?.verdict ?? null,
    };
  });
}
