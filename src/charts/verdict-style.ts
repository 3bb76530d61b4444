import type { Tier } from '../domain/coverage/tiers.ts';
import type { RiskVerdict } from '../domain/risk/types.ts';

/**
 * The verdict's symbol, never colour alone: filled triangles for worse/better (pointing the way
 * the figure lies), hollow triangles for a neutral indicator's higher/lower (FHI's "white"),
 * a hollow diamond for no certain difference, ≈ for about the same, ? when not judged.
 */
export function verdictIcon(v: Pick<RiskVerdict, 'verdict' | 'direction'>): string {
  const up = v.direction === 'higher';
  switch (v.verdict) {
    case 'worse':
    case 'better':
      return up ? '▲' : '▼';
    case 'higher':
      return '△';
    case 'lower':
      return '▽';
    case 'no_certain_difference':
      return '◇';
    case 'about_same':
      return '≈';
    default:
      return '?';
  }
}

/** The verdict's text colour on white (each ≥ 4.5:1). */
export const VERDICT_COLOR: Record<RiskVerdict['verdict'], string> = {
  worse: '#a1251b',
  better: '#0d5c3f',
  higher: '#1a1f26',
  lower: '#1a1f26',
  no_certain_difference: '#1a1f26',
  about_same: '#1a1f26',
  too_few: '#49525d',
  cannot_judge: '#49525d',
};

/** The trend's arrow: the direction the line moves, whatever its polarity. */
export function trendIcon(v: Pick<RiskVerdict, 'trend' | 'trendSlope'>): string {
  if (v.trend === 'flat') return '→';
  if (v.trend === 'unknown') return '·';
  return v.trendSlope !== null && v.trendSlope > 0 ? '↗' : '↘';
}

/** A tier's mark and colour (text on white, each ≥ 4.5:1). */
export const TIER_STYLE: Record<Tier, { icon: string; color: string }> = {
  clear_risk: { icon: '●', color: '#a1251b' },
  possible_risk: { icon: '◐', color: '#7a4b00' },
  notable_difference: { icon: '○', color: '#1a1f26' },
  no_signal: { icon: '–', color: '#49525d' },
  cannot_judge: { icon: '?', color: '#49525d' },
};
