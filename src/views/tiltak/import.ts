import {
  deleteFromOverlay,
  putMeasure,
  type MeasureOverlay,
} from '../../domain/measure-overlay.ts';
import type { MeasureSet } from '../../export/measures.ts';
import type { TiltakData } from '../../queries/tiltak.ts';

/**
 * Applies an imported measure file: every measure in it is put as it stands (with its links), and
 * measures of the same plans that the file leaves out are deleted, so exporting and importing back
 * gives exactly the exported data.
 */
export function importToOverlay(
  base: MeasureOverlay,
  data: TiltakData,
  set: MeasureSet,
): { overlay: MeasureOverlay; deleted: number } {
  let o = base;
  const ids = new Set(set.measures.map((m) => String(m.id)));
  const plans = new Set(set.measures.map((m) => String(m.plan_id)));
  let deleted = 0;
  for (const m of data.measures) {
    if (plans.has(String(m.plan_id)) && !ids.has(m.id)) {
      o = deleteFromOverlay(o, m.id);
      deleted++;
    }
  }
  for (const m of set.measures)
    o = putMeasure(
      o,
      m,
      set.links.filter((l) => l.measure_id === m.id),
    );
  return { overlay: o, deleted };
}
