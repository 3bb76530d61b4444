import type { Connector } from '../db/connector.ts';
import type { MeasureVersion } from '../domain/measure-records.ts';
import { allThemes } from '../sql/coverage.ts';
import {
  allIndicators,
  allLinks,
  allMeasures,
  allPlans,
  originalLinks,
  originalMeasure,
} from '../sql/measure-edit.ts';
import type {
  IndicatorPickRow,
  LinkRow,
  MeasureContractRow,
  MeasureListRow,
  PlanPickRow,
  ThemeRow,
} from '../sql/rows.ts';

/** Everything the Tiltak view lists and edits. */
export interface TiltakData {
  measures: MeasureListRow[];
  links: LinkRow[];
  plans: PlanPickRow[];
  themes: ThemeRow[];
  indicators: IndicatorPickRow[];
}

/** Loads every measure with its plan and change mark, all links, and the pickers' lists. */
export async function loadTiltak(db: Connector): Promise<TiltakData> {
  const [measures, links, plans, themes, indicators] = await Promise.all([
    db.query(allMeasures()),
    db.query(allLinks()),
    db.query(allPlans()),
    db.query(allThemes()),
    db.query(allIndicators()),
  ]);
  return { measures, links, plans, themes, indicators };
}

/** The plan's own version of a measure (as embedded), or null for none asked or none there. */
export async function loadOriginalMeasure(
  db: Connector,
  id: string | null,
): Promise<MeasureContractRow | null> {
  if (id === null) return null;
  return (await db.query(originalMeasure(id)))[0] ?? null;
}

/** The plan's own version of a measure with its links (the conflict dialog's "the plan's"). */
export async function loadPlanVersion(
  db: Connector,
  id: string | null,
): Promise<MeasureVersion | null> {
  if (id === null) return null;
  const [m, links] = await Promise.all([
    db.query(originalMeasure(id)),
    db.query(originalLinks(id)),
  ]);
  return { measure: m[0] ?? null, links };
}

/** Every theme, for pickers. */
export function loadThemes(db: Connector): Promise<ThemeRow[]> {
  return db.query(allThemes());
}
