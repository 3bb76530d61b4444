import { useState } from 'react';
import type { Cell } from '../../domain/contract.ts';
import { splitList } from '../../domain/coverage.ts';
import type { LinkRow, MeasureRow } from '../../domain/measure-overlay.ts';

/** A cell as an input shows it: empty for none. */
export const cellText = (v: Cell | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'number' ? v.toString() : v;

const toggle = (list: string[], v: string) =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

/** The editor's working copy of a measure and its links, with the edits the form makes. */
export function useMeasureDraft(measure: MeasureRow, initialLinks: LinkRow[]) {
  const [m, setM] = useState<MeasureRow>(measure);
  const [links, setLinks] = useState<LinkRow[]>(initialLinks);
  const id = cellText(m.id);
  const themeIds = links.filter((l) => l.theme_id && !l.indicator_id).map((l) => l.theme_id ?? '');
  const link = (theme: string | null, indicator: string | null): LinkRow => ({
    measure_id: id,
    theme_id: theme,
    indicator_id: indicator,
    expected_direction: 'decrease',
  });
  return {
    m,
    links,
    id,
    themeIds,
    indicatorLinks: links.filter((l) => l.indicator_id),
    /** A field as its input shows it. */
    text: (k: string) => cellText(m[k]),
    /** Sets a field; an empty text is kept as none. */
    set: (k: string, v: Cell) => setM((x) => ({ ...x, [k]: v === '' ? null : v })),
    /** Ticks or unticks a value in a `|`-separated list field. */
    toggleIn: (k: string, v: string) =>
      setM((x) => {
        const list = toggle(splitList(cellText(x[k])), v).join('|');
        return { ...x, [k]: list === '' ? null : list };
      }),
    toggleTheme: (tid: string) =>
      setLinks((ls) =>
        themeIds.includes(tid)
          ? ls.filter((l) => !(l.theme_id === tid && !l.indicator_id))
          : [...ls, link(tid, null)],
      ),
    addIndicator: (iid: string) => setLinks((ls) => [...ls, link(null, iid)]),
    setDirection: (l: LinkRow, direction: string) =>
      setLinks((ls) => ls.map((x) => (x === l ? { ...x, expected_direction: direction } : x))),
    unlink: (l: LinkRow) => setLinks((ls) => ls.filter((x) => x !== l)),
  };
}

/** What `useMeasureDraft` returns. */
export type MeasureDraftForm = ReturnType<typeof useMeasureDraft>;
