/**
 * Place rules: a place in a user's file (a code in any common form, or a name) becomes today's geo
 * code, or is dropped (a pseudo-region) or reported as unknown; it is never guessed.
 */
import { NORWAY } from '../domain/contract.ts';
import { msg, type IngestMessage } from './messages.ts';
import type { ContextRow } from './basic-types.ts';

/** What a place text turned out to be. */
export type PlaceResult =
  | {
      kind: 'ok';
      code: string;
      via: 'code' | 'name' | 'national';
      /** Codes followed through geo_change, first the file's, last today's. */
      carried?: string[];
      /** Set when a rule chose among candidates (Oslo: county and municipality). */
      note?: IngestMessage;
    }
  /** A comparison-group code (`G-…`) that is not in geo yet: added by the import. */
  | { kind: 'group'; code: string }
  /** Not a municipality, county or Norway (Svalbard, the continental shelf, KOSTRA sums, …). */
  | { kind: 'pseudo'; reason: IngestMessage }
  | { kind: 'unknown'; reason: IngestMessage };

/** A place of today. */
export interface Place {
  code: string;
  name: string;
  level: string;
  parent: string | null;
}

const NATIONAL_CODES = new Set(['0', '00', '000', '0000']);
const NATIONAL_NAMES = new Set([
  'hele landet',
  'heile landet',
  'norge',
  'noreg',
  'norway',
  'landet',
  'landet i alt',
  'norge i alt',
  'riket',
  'whole country',
  'the whole country',
  'all of norway',
]);
const PSEUDO_NAMES = new Set([
  'svalbard',
  'jan mayen',
  'svalbard og jan mayen',
  'svalbard and jan mayen',
  'kontinentalsokkelen',
  'continental shelf',
  'uoppgitt',
  'ukjent',
  'unknown',
  'uoppgitt kommune',
  'uoppgitt fylke',
  'delte kommuner og uoppgitt',
  'divided municipalities and unknown',
  'divided municalities and unknown',
  'utlandet',
  'abroad',
  'rest',
]);
/** SSB pseudo-regions (`K-21-22`, `K-23`, `K-Rest`, `F-99`, `K-0399`) and KOSTRA sums (`EAK`, `EKG13`). */
const PSEUDO_PATTERN =
  /^(?:[KF]-(?:21-22|21|22|23|rest|99|\d{2}99)|e(?:ak|akuo|akuoo|k[ag]\d{2}|ka\d{2}uo))(?:\s|$)/i;
const CODE_FORM = /^(?:([KF])-)?(\d{1,4})(?:(?:\s+|\s*[-–:]\s*)(\S.*))?$/i;
const GROUP_CODE = /^G-[A-Za-z0-9-]+$/;
const NAME_SUFFIX = /\s+(kommune|fylke|fylkeskommune|municipality|county)$/;

/** Lower case, one kind of dash, single spaces. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** norm() and then æ → ae, ø → o, å → a and accents dropped (`Gáivuotna` → `gaivuotna`). */
export function foldName(s: string): string {
  return norm(s)
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The parts of a name with Sámi or Kven forms: `Snåase - Snåsa` → [`Snåase`, `Snåsa`]. */
function nameParts(name: string): string[] {
  return name
    .split(/\s+[-–—/]\s+|\s*\/\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function isPseudoCode(code: string): boolean {
  if (code.length <= 2) return ['21', '22', '23', '99'].includes(code.padStart(2, '0'));
  const c = code.padStart(4, '0');
  const county = Number(c.slice(0, 2));
  return (county >= 21 && county <= 23) || c.endsWith('99');
}

/** Today's places and code changes, with lookups by code and by name. */
export class GeoIndex {
  private readonly byCode = new Map<string, Place>();
  private readonly changes = new Map<string, { to: string; year: number; kind: string }[]>();
  /** Per code formed by a merge: the codes merged into it (two or more). */
  private readonly mergedFrom = new Map<string, string[]>();
  private readonly exact = new Map<string, Set<string>>();
  private readonly folded = new Map<string, Set<string>>();

  /** Builds the index from geo rows and geo_change rows (passed in, not read from disk). */
  constructor(geo: readonly ContextRow[], geoChange: readonly ContextRow[]) {
    for (const r of geo) {
      const code = str(r.code);
      const name = str(r.name);
      if (!code) continue;
      const place = {
        code,
        name: name || code,
        level: str(r.level),
        parent: str(r.parent_code) || null,
      };
      this.byCode.set(code, place);
      if (!name) continue;
      const keys = new Set([name, ...nameParts(name)]);
      for (const k of keys) {
        addTo(this.exact, norm(k), code);
        addTo(this.folded, foldName(k), code);
      }
    }
    // Merge targets and the codes merged into them.
    const merges = new Map<string, Set<string>>();
    for (const r of geoChange) {
      const from = str(r.old_code);
      const to = str(r.new_code);
      if (!from || !to) continue;
      const list = this.changes.get(from) ?? [];
      list.push({ to, year: Number(r.year ?? 0), kind: str(r.kind) });
      this.changes.set(from, list);
      if (str(r.kind) === 'merge') addTo(merges, to, from);
    }
    for (const [to, from] of merges) if (from.size > 1) this.mergedFrom.set(to, [...from].sort());
  }

  /** The place with this code today, if any. */
  get(code: string): Place | undefined {
    return this.byCode.get(code);
  }

  /** Resolves a place text (see the module comment and README for the rules). */
  resolve(input: string): PlaceResult {
    const text = input.replace(/\s+/g, ' ').trim();
    if (text === '') return { kind: 'unknown', reason: msg('place.empty') };
    if (text.length > 120) return { kind: 'unknown', reason: msg('place.too-long') };
    const n = norm(text);
    if (NATIONAL_CODES.has(text) || NATIONAL_NAMES.has(n))
      return { kind: 'ok', code: NORWAY, via: 'national' };
    if (PSEUDO_PATTERN.test(text) || PSEUDO_NAMES.has(n))
      return { kind: 'pseudo', reason: msg('place.pseudo') };
    if (GROUP_CODE.test(text)) {
      return this.byCode.has(text)
        ? { kind: 'ok', code: text, via: 'code' }
        : { kind: 'group', code: text };
    }
    if (/^\d{5,}$/.test(text))
      return { kind: 'unknown', reason: msg('place.not-a-code', { code: text }) };
    const m = CODE_FORM.exec(text);
    if (m) return this.byCodeForm(m[1]?.toUpperCase(), m[2] as string, m[3]);
    return this.byName(text);
  }

  private byCodeForm(
    prefix: string | undefined,
    digits: string,
    name: string | undefined,
  ): PlaceResult {
    if (NATIONAL_CODES.has(digits) && prefix === undefined)
      return { kind: 'ok', code: NORWAY, via: 'national' };
    const county = prefix === 'F' || (prefix === undefined && digits.length <= 2);
    if (county && digits.length > 2)
      return {
        kind: 'unknown',
        reason: msg('place.not-a-county', { code: `${prefix}-${digits}` }),
      };
    const code = county ? digits.padStart(2, '0') : digits.padStart(4, '0');
    if (isPseudoCode(code)) return { kind: 'pseudo', reason: msg('place.pseudo') };
    if (this.byCode.has(code)) return { kind: 'ok', code, via: 'code' };
    const carried = this.carry(code);
    if (carried.ok)
      return {
        kind: 'ok',
        code: carried.chain.at(-1) as string,
        via: 'code',
        carried: carried.chain,
      };
    const reason = carried.reason;
    if (name) {
      const byName = this.byName(name);
      if (byName.kind === 'ok')
        reason.params = {
          ...reason.params,
          // A split cannot be carried by adding a change: only name today's place.
          hint: msg(reason.code === 'place.not-today' ? 'place.today-is' : 'place.today-is-named', {
            name: this.byCode.get(byName.code)?.name ?? name,
            code: byName.code,
          }),
        };
    }
    return { kind: 'unknown', reason };
  }

  /** Follows geo_change from an old code to today's (0615 → 3039 → 3320). */
  private carry(
    code: string,
  ): { ok: true; chain: string[] } | { ok: false; reason: IngestMessage } {
    const chain = [code];
    let at = code;
    for (let step = 0; step < 10; step++) {
      const edges = this.changes.get(at);
      if (!edges || edges.length === 0) break;
      const targets = [...new Set(edges.map((e) => e.to))].sort();
      if (targets.length > 1)
        return {
          ok: false,
          reason: msg('place.split', { code: at, into: targets }),
        };
      const next = targets[0] as string;
      // A code merged with others is one part of the place it led to: its figure is not that
      // place's figure (a count would be too small, a share would describe a part), so it is not
      // carried. (A merge with one code listed is a renumbering.)
      const merge = edges.find((e) => e.kind === 'merge');
      const parts = merge ? this.mergedFrom.get(next) : undefined;
      if (merge && parts) {
        const today = this.todayOf(next);
        const place = today ? this.byCode.get(today) : undefined;
        return {
          ok: false,
          reason: msg('place.merged', {
            code: at,
            into: next,
            year: String(merge.year),
            with: parts.filter((p) => p !== at),
            hint: place ? msg('place.merged-today', { name: place.name, code: place.code }) : '',
          }),
        };
      }
      at = next;
      if (chain.includes(at)) break;
      chain.push(at);
      if (this.byCode.has(at)) return { ok: true, chain };
    }
    return {
      ok: false,
      reason:
        chain.length > 1
          ? msg('place.leads-nowhere', { code, to: at })
          : msg('place.not-today', { code }),
    };
  }

  /** Today's code a code leads to through single changes of any kind, if it leads to one. */
  private todayOf(code: string): string | null {
    let at = code;
    for (let step = 0; step < 10 && !this.byCode.has(at); step++) {
      const targets = new Set((this.changes.get(at) ?? []).map((e) => e.to));
      if (targets.size !== 1) return null;
      at = [...targets][0] as string;
    }
    return this.byCode.has(at) ? at : null;
  }

  private byName(text: string): PlaceResult {
    let n = norm(text).replace(NAME_SUFFIX, '');
    let qualifier: string | null = null;
    const paren = /^(.*?)\s*\((.+)\)$/.exec(n);
    if (paren) {
      n = (paren[1] as string).trim();
      qualifier = foldName(paren[2] as string).replace(/\.$/, '');
    }
    if (NATIONAL_NAMES.has(n)) return { kind: 'ok', code: NORWAY, via: 'national' };
    if (PSEUDO_NAMES.has(n)) return { kind: 'pseudo', reason: msg('place.pseudo') };
    const tries: [Map<string, Set<string>>, (s: string) => string][] = [
      [this.exact, norm],
      [this.folded, foldName],
    ];
    for (const [map, key] of tries) {
      let codes = lookupName(map, key, n);
      if (codes.length === 0) continue;
      if (qualifier) codes = codes.filter((c) => this.inCounty(c, qualifier as string));
      const pick = this.pick(codes);
      if (pick) return pick;
      if (codes.length > 1) {
        const names = codes.map((c) => `${c} ${this.byCode.get(c)?.name ?? ''}`.trim());
        return {
          kind: 'unknown',
          reason: msg('place.ambiguous-name', { name: text, places: names }),
        };
      }
    }
    return { kind: 'unknown', reason: msg('place.no-such-name', { name: text }) };
  }

  /** One code → it; a county and its only same-named municipality (Oslo) → the municipality. */
  private pick(codes: string[]): PlaceResult | null {
    if (codes.length === 1) return { kind: 'ok', code: codes[0] as string, via: 'name' };
    if (codes.length === 2) {
      const [a, b] = codes.map((c) => this.byCode.get(c));
      const county = [a, b].find((p) => p?.level === 'county');
      const muni = [a, b].find((p) => p?.level === 'municipality');
      if (county && muni && muni.parent === county.code)
        return {
          kind: 'ok',
          code: muni.code,
          via: 'name',
          note: msg('note.county-and-municipality', { name: muni.name, code: muni.code }),
        };
    }
    return null;
  }

  private inCounty(code: string, qualifier: string): boolean {
    const parent = this.byCode.get(code)?.parent;
    const county = parent ? this.byCode.get(parent) : undefined;
    return county !== undefined && foldName(county.name).startsWith(qualifier);
  }
}

/** Codes whose name (or one of its Sámi/Kven forms) is the text; tries the text's own parts too. */
function lookupName(
  map: Map<string, Set<string>>,
  key: (s: string) => string,
  n: string,
): string[] {
  const whole = map.get(key(n));
  if (whole) return [...whole];
  const parts = nameParts(n);
  if (parts.length < 2) return [];
  // `Snåsa - Snåase`: every part must point at the same single place.
  const sets = parts.map((p) => map.get(key(p)));
  const first = sets[0];
  if (!first || first.size !== 1) return [];
  const code = [...first][0] as string;
  return sets.every((s) => s?.size === 1 && s.has(code)) ? [code] : [];
}

function addTo(map: Map<string, Set<string>>, key: string, code: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(code);
  map.set(key, set);
}

function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}
