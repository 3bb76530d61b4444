import { rowsToIPC } from '../arrow/ipc.ts';
import { ipcToRows } from '../arrow/to-rows.ts';
import type { Row } from '../domain/contract.ts';
import type { PreparedImport } from './types.ts';

/** What the user may set for an indicator the import creates, before adding it. */
export interface IndicatorEdit {
  name_nb?: string;
  name_en?: string;
  theme_id?: string;
}

/**
 * The prepared import with the created indicators renamed or moved to another theme. Only created
 * indicators change; known ones and every figure stay as read.
 */
export function editCreatedIndicators(
  p: PreparedImport,
  edits: Record<string, IndicatorEdit>,
): PreparedImport {
  const part = p.parts.find((x) => x.table === 'indicator');
  if (!part) return p;
  const created = new Set(p.createdIndicators);
  const rows = ipcToRows(part.bytes).map((r): Row => {
    const id = typeof r.id === 'string' ? r.id : null;
    const e = id === null ? undefined : edits[id];
    if (!e || id === null || !created.has(id)) return r;
    const clean = (v: string | undefined) =>
      v !== undefined && v.trim() !== '' ? v.trim() : undefined;
    return {
      ...r,
      name_nb: clean(e.name_nb) ?? r.name_nb ?? null,
      name_en: clean(e.name_en) ?? r.name_en ?? null,
      theme_id: clean(e.theme_id) ?? r.theme_id ?? null,
    };
  });
  const indicators = p.report.indicators.map((i) => {
    const e = edits[i.id];
    return e && created.has(i.id) && e.name_nb?.trim() ? { ...i, name_nb: e.name_nb.trim() } : i;
  });
  return {
    ...p,
    report: { ...p.report, indicators },
    parts: p.parts.map((x) => (x === part ? { ...x, bytes: rowsToIPC('indicator', rows) } : x)),
  };
}
