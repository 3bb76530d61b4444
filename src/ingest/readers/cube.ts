/** Splitting a table with extra dimensions into indicators, and guessing units and source kinds. */
import type { Unit } from '../../domain/contract.ts';
import { isTotal, slugify } from '../labels.ts';
import { clip } from '../numbers.ts';
import { foldName } from '../places.ts';
import type { IndicatorSpec, ReadContext } from '../types.ts';

/** A figure in a table with extra dimensions (education, ATC group, …), before splitting. */
export interface CubeRecord {
  row: number;
  metric: string;
  dims: string[];
}

/**
 * Splits a table's figures into indicators: a dimension with one value describes the indicator;
 * a dimension with several values gives one indicator per value, except its total (`0`, `Total`,
 * `I alt`), which stays the main one. Declares the specs and returns the key of each record.
 */
export function splitCube(
  recs: readonly CubeRecord[],
  dimNames: readonly string[],
  baseFor: (metric: string) => Omit<IndicatorSpec, 'key' | 'base' | 'suffix'>,
  ctx: ReadContext,
  known?: readonly (string | undefined)[],
): string[] {
  const distinct = dimNames.map(() => new Set<string>());
  const metrics: string[] = [];
  const declared = new Set<string>();
  const keys: string[] = [];
  // Records of a known table's slice (src/ingest/known-tables.ts) are its built-in indicator's.
  recs.forEach((r, k) => {
    const id = known?.[k];
    if (id === undefined) return;
    const key = `known:${id}`;
    keys[k] = key;
    if (declared.has(key)) return;
    declared.add(key);
    ctx.defineIndicator({ ...baseFor(r.metric), key, id, suggestedId: id });
  });
  for (const r of recs) {
    r.dims.forEach((v, j) => distinct[j]?.add(v));
    if (!metrics.includes(r.metric)) metrics.push(r.metric);
  }
  const varying = dimNames.map((_, j) => (distinct[j]?.size ?? 0) > 1);
  const constants = dimNames
    .map((d, j) => (varying[j] ? null : `${d}: ${[...(distinct[j] ?? [])][0] ?? ''}`))
    .filter((x): x is string => x !== null);
  recs.forEach((r, k) => {
    if (keys[k] !== undefined) return;
    const parts = r.dims
      .map((v, j) => (varying[j] && !isTotal(v) ? { dim: dimNames[j] as string, v } : null))
      .filter((x): x is { dim: string; v: string } => x !== null);
    const key = JSON.stringify([r.metric, ...parts.map((p) => p.v)]);
    keys[k] = key;
    if (declared.has(key)) return;
    declared.add(key);
    const base = baseFor(r.metric);
    const mainMetric = r.metric === metrics[0];
    const suffixParts = [...(mainMetric ? [] : [r.metric]), ...parts.map((p) => p.v)];
    const suffix = slugify(suffixParts.join('-'), 40);
    const label = parts.map((p) => `${p.dim}: ${clip(p.v, 60)}`).join(', ');
    const description = [base.description_nb, ...constants].filter(Boolean).join('. ');
    ctx.defineIndicator({
      ...base,
      key,
      suggestedId:
        suffix && parts.length > 0
          ? `${base.suggestedId}-${slugify(parts.map((p) => p.v).join('-'), 40)}`
          : base.suggestedId,
      name_nb: label ? `${base.name_nb} (${label})` : base.name_nb,
      description_nb: description || undefined,
      base: suffixParts.length === 0,
      suffix: suffix || undefined,
    });
  });
  return keys;
}

/** A unit read from a measure's label (`andel (prosent)` → percent); `ratio` and guessed otherwise. */
export function unitFromLabel(label: string): { unit: Unit; guessed: boolean } {
  const t = foldName(label);
  if (/(per|pr\.?) 100 ?000\b/.test(t)) return { unit: 'per_100000', guessed: false };
  if (/per 10 ?000|per 10000|pr\.? 10 ?000/.test(t)) return { unit: 'per_10000', guessed: false };
  if (/per 1 ?000|pr\.? 1 ?000|promille/.test(t)) return { unit: 'per_1000', guessed: false };
  if (/prosent|percent|per cent|andel|share|%/.test(t)) return { unit: 'percent', guessed: false };
  if (
    /^(antall|number|count|personer|persons|innbyggere|teller)\b|\bantall\b|\bpersoner\b|\bpersons\b/.test(
      t,
    )
  )
    return { unit: 'count', guessed: false };
  return { unit: 'ratio', guessed: true };
}

/** The source kind a file's name or labels suggest. */
export function kindFromText(text: string): IndicatorSpec['source_kind'] {
  const t = foldName(text);
  // Elevundersøkelsen asks pupils by grade (`7. trinn`) too, but is not Ungdata.
  if (/elevundersok|pupil survey/.test(t)) return 'other';
  if (/ungdata|trinn/.test(t)) return 'ungdata';
  if (/legemid|resept|atc|medisin|medication/.test(t)) return 'medication';
  if (/brukerplan/.test(t)) return 'brukerplan';
  if (/arsverk|bemanning|staffing/.test(t)) return 'staffing';
  return 'other';
}
