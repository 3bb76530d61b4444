/**
 * The coordinator's own assessment of a theme (or of one indicator in it) for a municipality:
 * causes, consequences, what dialogue meetings said. One record per place × theme × indicator,
 * kept in this browser with a revision that counts its writes.
 */
export interface AssessmentRecord {
  /** `geo|theme|indicator` (indicator empty for the theme's own assessment). */
  id: string;
  geo: string;
  theme: string;
  /** null: the assessment of the whole theme. */
  indicator: string | null;
  text: string;
  rev: number;
  updatedAt: string;
  /** The tab that wrote it. */
  tab: string;
}

/** The record id of an assessment. */
export const assessmentId = (geo: string, theme: string, indicator: string | null = null) =>
  `${geo}|${theme}|${indicator ?? ''}`;

/** An assessment as exported and imported (no revision: the importing browser counts its own). */
export interface AssessmentEntry {
  geo: string;
  theme: string;
  indicator: string | null;
  text: string;
  updatedAt: string;
}

/** Checks one exported entry; returns it cleaned, or an error in words. */
export function toAssessmentEntry(v: unknown): AssessmentEntry | string {
  const o = v as Partial<AssessmentEntry> | null;
  if (!o || typeof o !== 'object') return 'not an object';
  if (typeof o.geo !== 'string' || o.geo === '') return 'geo missing';
  if (typeof o.theme !== 'string' || o.theme === '') return 'theme missing';
  if (typeof o.text !== 'string') return 'text missing';
  const indicator = typeof o.indicator === 'string' && o.indicator !== '' ? o.indicator : null;
  return {
    geo: o.geo,
    theme: o.theme,
    indicator,
    text: o.text,
    updatedAt: typeof o.updatedAt === 'string' ? o.updatedAt : '',
  };
}
