/**
 * JSON-stat 2.0 datasets: SSB PxWebApi (category.index as an object code → position) and FHI
 * (category.index as an array of codes). `value` is row-major over `id` (the last dimension varies
 * fastest), dense (an array) or sparse (an object position → value); `status` may carry symbols.
 * role.geo / role.time / role.metric name the place, period and measure dimensions; a sex or age
 * dimension is found by its id; other dimensions split into indicators as in a cube.
 */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import { parseAge, parseSex, slugify } from '../labels.ts';
import { foldName } from '../places.ts';
import type {
  Candidate,
  JsonInput,
  ParsedInput,
  ReadContext,
  ReadOutput,
  Reader,
} from '../types.ts';
import { baseName, humanName } from './common.ts';
import { type CubeRecord, kindFromText, splitCube, unitFromLabel } from './cube.ts';
import { isPersons, withPopulation } from '../population-table.ts';

interface Category {
  codes: string[];
  labels: string[];
  units: Record<string, { base?: string; decimals?: number }>;
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function category(dim: unknown, id: string): Category {
  const cat = isObj(dim) && isObj(dim.category) ? dim.category : null;
  if (!cat) throw new IngestError(msg('file.jsonstat-category', { dimension: id }));
  const labelObj = isObj(cat.label) ? cat.label : {};
  let codes: string[];
  if (Array.isArray(cat.index)) codes = cat.index.map(String);
  else if (isObj(cat.index)) {
    codes = [];
    for (const [code, pos] of Object.entries(cat.index)) {
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0)
        throw new IngestError(msg('file.jsonstat-index', { dimension: id, code }));
      codes[pos] = code;
    }
  } else {
    // A dimension of one category may give only a label.
    codes = Object.keys(labelObj);
  }
  const labels = codes.map((c) => (typeof labelObj[c] === 'string' ? (labelObj[c] as string) : c));
  const units = isObj(cat.unit) ? (cat.unit as Category['units']) : {};
  return { codes, labels, units };
}

function roleOf(ds: Json, role: string): string | undefined {
  const r = isObj(ds.role) ? ds.role[role] : undefined;
  return Array.isArray(r) && typeof r[0] === 'string' ? r[0] : undefined;
}

function findDim(ids: string[], ...names: string[]): string | undefined {
  const want = names.map((n) => foldName(n));
  return ids.find((id) => want.includes(foldName(id)));
}

/** The status symbol at a position, if any. */
function statusAt(status: unknown, k: number): string | undefined {
  if (typeof status === 'string') return status;
  if (Array.isArray(status))
    return typeof status[k] === 'string' ? (status[k] as string) : undefined;
  if (isObj(status))
    return typeof status[String(k)] === 'string' ? (status[String(k)] as string) : undefined;
  return undefined;
}

export const jsonstat2: Reader = {
  id: 'jsonstat2',
  detect(input: ParsedInput): number {
    if (input.kind !== 'json' || !isObj(input.json)) return 0;
    const d = input.json;
    const shaped =
      Array.isArray(d.id) && Array.isArray(d.size) && isObj(d.dimension) && 'value' in d;
    if (!shaped) return 0;
    return d.class === 'dataset' || d.version === '2.0' ? 1 : 0.8;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const ds = (input as JsonInput).json as Json;
    const ids = (ds.id as unknown[]).map(String);
    const size = (ds.size as unknown[]).map(Number);
    if (ids.length !== size.length || size.some((s) => !Number.isInteger(s) || s < 0))
      throw new IngestError(msg('file.jsonstat-id-size'));
    const dimension = ds.dimension as Json;
    const cats = ids.map((id) => category(dimension[id], id));
    cats.forEach((c, j) => {
      if (c.codes.length !== size[j] || c.codes.some((x) => x === undefined))
        throw new IngestError(
          msg('file.jsonstat-categories', {
            dimension: ids[j] ?? '',
            categories: c.codes.length,
            size: size[j] ?? 0,
          }),
        );
    });
    const total = size.reduce((a, b) => a * b, 1);
    const value = ds.value;
    if (Array.isArray(value) && value.length !== total)
      throw new IngestError(
        msg('file.jsonstat-value-count', { entries: value.length, size: total }),
      );
    if (!Array.isArray(value) && !isObj(value))
      throw new IngestError(msg('file.jsonstat-no-value'));

    const geo = roleOf(ds, 'geo') ?? findDim(ids, 'Region', 'GEO', 'Geografi', 'Kommune', 'Fylke');
    const time = roleOf(ds, 'time') ?? findDim(ids, 'Tid', 'AAR', 'År', 'Year', 'Time', 'Periode');
    if (!geo) throw new IngestError(msg('file.jsonstat-no-geo'));
    if (!time) throw new IngestError(msg('file.jsonstat-no-time'));
    const metric =
      roleOf(ds, 'metric') ?? findDim(ids, 'ContentsCode', 'MEASURE_TYPE', 'Måltall', 'Maltall');
    const sex = findDim(ids, 'Kjonn', 'KJONN', 'Kjønn', 'Sex');
    const age = findDim(ids, 'Alder', 'ALDER', 'Age');
    const jg = ids.indexOf(geo);
    const jt = ids.indexOf(time);
    const jm = metric ? ids.indexOf(metric) : -1;
    const js = sex ? ids.indexOf(sex) : -1;
    const ja = age ? ids.indexOf(age) : -1;
    const extra = ids.map((_, j) => j).filter((j) => ![jg, jt, jm, js, ja].includes(j));

    const strides = size.map((_, j) => size.slice(j + 1).reduce((a, b) => a * b, 1));
    const positions: number[] = Array.isArray(value)
      ? Array.from({ length: total }, (_, k) => k)
      : Object.keys(value)
          .map(Number)
          .filter((k) => Number.isInteger(k) && k >= 0 && k < total)
          .sort((a, b) => a - b);
    const pick = (j: number, k: number): number =>
      Math.floor(k / (strides[j] as number)) % (size[j] as number);
    const codeAt = (j: number, k: number): string => cats[j]?.codes[pick(j, k)] ?? '';
    const labelAt = (j: number, k: number): string => cats[j]?.labels[pick(j, k)] ?? '';
    // `K-3001 Halden`: the code decides; the name only helps the report say what was meant.
    const placeAt = (k: number): string => {
      const code = codeAt(jg, k);
      const label = labelAt(jg, k);
      return label && label !== code ? `${code} ${label}` : code;
    };
    const understood = (j: number, k: number, parse: (s: string) => unknown): string => {
      if (j < 0) return 'all';
      const code = codeAt(j, k);
      return parse(code) !== null ? code : labelAt(j, k);
    };

    const cands: Candidate[] = [];
    const cubes: CubeRecord[] = [];
    for (const k of positions) {
      const raw = Array.isArray(value) ? value[k] : (value as Json)[String(k)];
      const symbol = statusAt(ds.status, k);
      let v: string | number | null;
      if (typeof raw === 'number') v = raw;
      else if (raw === null || raw === undefined) v = symbol ?? '';
      else if (typeof raw === 'string') v = raw;
      else {
        ctx.reject({ row: k + 1, ...msg('not-a-number.json') });
        continue;
      }
      cands.push({
        row: k + 1,
        indicator: '',
        place: placeAt(k),
        period: codeAt(jt, k),
        sex: understood(js, k, parseSex),
        age: understood(ja, k, parseAge),
        value: v,
      });
      cubes.push({
        row: k + 1,
        metric: jm >= 0 ? codeAt(jm, k) : '',
        dims: extra.map((j) => labelAt(j, k)),
      });
    }

    const label = typeof ds.label === 'string' ? ds.label : humanName(ctx.fileName);
    const px = isObj(ds.extension) && isObj(ds.extension.px) ? ds.extension.px : {};
    const tableId = typeof px.tableid === 'string' ? px.tableid : undefined;
    const publisher = typeof ds.source === 'string' ? ds.source : 'Ukjent utgiver (JSON-stat)';
    const isSsb = /statistisk sentralbyr|statistics norway|\bssb\b/i.test(publisher);
    const shortLabel = label.replace(/^\d{5}:\s*/, '').replace(/,\s*(etter|by)\s.*$/i, '');
    const metricCat = jm >= 0 ? cats[jm] : undefined;
    const metricLabel = (m: string): string => {
      const i = metricCat ? metricCat.codes.indexOf(m) : -1;
      return i >= 0 ? (metricCat?.labels[i] ?? m) : m;
    };
    // Table 07459 lands on the built-in population (src/ingest/population-table.ts).
    const read = withPopulation(
      tableId,
      { cands, cubes },
      (k) => isPersons(metricLabel(cubes[k]?.metric ?? '')) && cubes[k]?.dims.length === 0,
      ctx,
    );
    const keys = splitCube(
      read.cubes,
      extra.map((j) => ids[j] as string),
      (m) => {
        const i = metricCat ? metricCat.codes.indexOf(m) : -1;
        const mLabel = i >= 0 ? (metricCat?.labels[i] ?? m) : '';
        const unitInfo = metricCat?.units[m];
        const u = unitFromLabel(`${unitInfo?.base ?? ''} ${mLabel}`.trim() || label);
        const stem = tableId ? `ssb-${tableId}` : slugify(baseName(ctx.fileName)) || 'jsonstat';
        return {
          suggestedId: slugify(m ? `${stem}-${m}` : stem),
          name_nb: mLabel && mLabel !== shortLabel ? `${shortLabel}: ${mLabel}` : shortLabel,
          unit: u.unit,
          unitGuessed: u.guessed,
          source_kind: kindFromText(`${label} ${ctx.fileName}`),
          description_nb: label,
        };
      },
      ctx,
      read.known,
    );
    const rows = read.cands;
    rows.forEach((c, n) => (c.indicator = keys[n] as string));
    return {
      rows,
      source: {
        title: label,
        publisher,
        license: isSsb ? 'CC BY 4.0' : undefined,
        citation: tableId ? `${publisher}, tabell ${tableId}` : `${publisher}, ${label}`,
      },
      records: () => positions.length,
    };
  },
};
