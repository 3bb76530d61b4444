import { NORWAY } from '../contract.ts';
import { Z95 } from '../intervals.ts';

/** Which place a municipality is compared with. */
export type ReferenceKind = 'country' | 'county' | 'group';

/** The thresholds of the risk rules; all are user settings (see docs/how-we-judge.md). */
export interface RiskSettings {
  /** What to compare with: Norway, the municipality's county, or a comparison group. */
  reference: ReferenceKind;
  /** The `geo` code of the comparison group when `reference` is 'group'. */
  groupCode: string | null;
  /** Fewer answers than this (or, for a share with no respondents, a smaller denominator): too few. */
  minRespondents: number;
  /** A count behind the figure of this or less is too few to judge (FHI's rule: 6). */
  smallNumerator: number;
  /** z of the two-sided interval (1.96 = 95 %). */
  z: number;
  /** Judge a figure that has no interval by the size of the difference alone ('possibly worse'). */
  judgeWithoutInterval: boolean;
  /** A relative difference under this (0.10 = 10 %) is "about the same"; at or over it is a difference. */
  tolerance: number;
  /** A comparison group's value computed from fewer members with figures than this is not used. */
  minGroupMembers: number;
  /** A reference period may end this many years from the place's period when none matches exactly. */
  referenceWithinYears: number;
  /** The trend needs at least this many figures. */
  trendMinPeriods: number;
  /** The trend uses at most this many of the latest figures. */
  trendWindow: number;
  /** A fitted change smaller than this share of the mean level (0.05 = 5 %) is flat. */
  flatRelative: number;
  /** For percent: a fitted change smaller than this many percentage points is flat. */
  flatPoints: number;
}

/** The default settings. */
export const DEFAULT_RISK_SETTINGS: Readonly<RiskSettings> = Object.freeze({
  reference: 'country',
  groupCode: null,
  minRespondents: 20,
  smallNumerator: 6,
  z: Z95,
  judgeWithoutInterval: true,
  tolerance: 0.1,
  minGroupMembers: 3,
  referenceWithinYears: 1,
  trendMinPeriods: 3,
  trendWindow: 3,
  flatRelative: 0.05,
  flatPoints: 1,
});

/** The defaults with some settings replaced. */
export function riskSettings(partial: Partial<RiskSettings> = {}): RiskSettings {
  return { ...DEFAULT_RISK_SETTINGS, ...partial };
}

/** The `geo` code to compare with under these settings (null: a group was chosen but none set). */
export function referenceCode(settings: RiskSettings, countyCode: string | null): string | null {
  if (settings.reference === 'country') return NORWAY;
  if (settings.reference === 'county') return countyCode;
  return settings.groupCode;
}
