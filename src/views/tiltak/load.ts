import type { ResultRow } from '../../arrow/to-rows.ts';
import type { Connector } from '../../db/connector.ts';
import type { LinkRow } from '../../domain/measure-overlay.ts';
import { allThemes } from '../../sql/coverage.ts';
import { allIndicators, allLinks, allMeasures, allPlans } from '../../sql/measure-edit.ts';

/** Everything the Tiltak view lists and edits. */
export interface TiltakData {
  measures: ResultRow[];
  links: LinkRow[];
  plans: ResultRow[];
  themes: ResultRow[];
  indicators: ResultRow[];
}

/** Loads every measure with its plan and change mark, all links, and the pickers' lists. */
export async function loadTiltak(db: Connector): Promise<TiltakData> {
  const [measures, linkRows, plans, themes, indicators] = await Promise.all([
    db.query(allMeasures()),
    db.query(allLinks()),
    db.query(allPlans()),
    db.query(allThemes()),
    db.query(allIndicators()),
  ]);
  const links = linkRows.map((l) => ({
    measure_id: String(l.measure_id),
    theme_id: l.theme_id === null ? null : String(l.theme_id),
    indicator_id: l.indicator_id === null ? null : String(l.indicator_id),
    expected_direction: String(l.expected_direction),
  }));
  return { measures, links, plans, themes, indicators };
}
