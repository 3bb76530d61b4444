import { toAssessmentEntry, type AssessmentEntry } from '../domain/assessments.ts';
import { assessmentEntries, ensureAssessments } from '../state/assessment-store.ts';

/**
 * The measures' JSON export with the coordinator's assessments added under `assessments`
 * (the measures part is left as it is, so older readers still read it).
 */
export function withAssessments(measuresJson: string, entries: readonly AssessmentEntry[]): string {
  const j = JSON.parse(measuresJson) as Record<string, unknown>;
  return JSON.stringify({ ...j, assessments: entries }, null, 2) + '\n';
}

/** The measures' JSON export with every assessment kept in this browser. */
export async function withKeptAssessments(measuresJson: string): Promise<string> {
  await ensureAssessments();
  return withAssessments(measuresJson, assessmentEntries());
}

/** The assessments of an exported file (none for CSV or an older export); errors name the entry. */
export function parseAssessments(text: string): { entries: AssessmentEntry[]; errors: string[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trimStart().startsWith('{')) return { entries: [], errors: [] };
  let j: { assessments?: unknown };
  try {
    j = JSON.parse(body) as { assessments?: unknown };
  } catch {
    return { entries: [], errors: [] }; // The measures' own reader says what is wrong.
  }
  if (j.assessments === undefined) return { entries: [], errors: [] };
  if (!Array.isArray(j.assessments)) return { entries: [], errors: ['assessments: not a list'] };
  const entries: AssessmentEntry[] = [];
  const errors: string[] = [];
  j.assessments.forEach((v, i) => {
    const e = toAssessmentEntry(v);
    if (typeof e === 'string') errors.push(`assessments[${i}]: ${e}`);
    else entries.push(e);
  });
  return { entries, errors };
}
