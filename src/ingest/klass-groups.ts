/**
 * Reads SSB's KOSTRA grouping (KLASS classification 112) as a user downloads it from ssb.no/klass:
 * a `;`-separated CSV (quoted or not, UTF-8 or ISO-8859-1), in one of two shapes:
 * - the classification with its municipalities: `code;parentCode;level;name;…`, groups at level 1
 *   and municipalities at level 2 with the group's code as parentCode;
 * - a correspondence table 131 → 112: `sourceCode;sourceName;targetCode;targetName;…`
 *   (municipality → KOSTRA group).
 * Returns groups with their member codes (today's four-digit codes) and every line left out, why.
 */

/** A KOSTRA group read from the file. */
export interface KlassGroup {
  code: string;
  name: string;
  members: string[];
}

/** Why a line was left out. */
export type KlassRejectReason = 'no_group' | 'unknown_municipality' | 'bad_code' | 'bad_level';

/** The file read: its shape, groups, and the lines left out with their reason. */
export interface KlassGroupsResult {
  shape: 'hierarchy' | 'correspondence';
  groups: KlassGroup[];
  rejected: { line: number; reason: KlassRejectReason; value: string }[];
}

/** A file that is not a KLASS 112 export in either shape. */
export class KlassFormatError extends Error {
  constructor() {
    super('not a KLASS grouping file (code;parentCode;level;name or sourceCode;…;targetCode;…)');
    this.name = 'KlassFormatError';
  }
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** A municipality code as four digits (KLASS may drop the leading zero); null when it is not one. */
function municipalityCode(raw: string): string | null {
  if (!/^\d{3,4}$/.test(raw)) return null;
  return raw.padStart(4, '0');
}

/**
 * Parses the file's text. `known` is the set of today's municipality codes; a municipality not in
 * it is left out (named in `rejected`), never guessed.
 */
export function parseKlassGroups(text: string, known: ReadonlySet<string>): KlassGroupsResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const headAt = lines.findIndex((l) => l.trim() !== '' && !/^sep=/i.test(l.trim()));
  const head = splitLine(lines[headAt] ?? '').map((h) => h.toLowerCase());
  const col = (name: string) => head.indexOf(name.toLowerCase());
  const hierarchy =
    col('code') >= 0 && col('parentCode') >= 0 && col('level') >= 0 && col('name') >= 0;
  const corr = col('sourceCode') >= 0 && col('targetCode') >= 0;
  if (!hierarchy && !corr) throw new KlassFormatError();
  const groups = new Map<string, KlassGroup>();
  const rejected: KlassGroupsResult['rejected'] = [];
  const rows = lines
    .map((l, i) => ({ cells: splitLine(l), line: i + 1 }))
    .filter((r, i) => i > headAt && r.cells.some((c) => c !== ''));
  const group = (code: string, name: string) => {
    const g = groups.get(code) ?? { code, name, members: [] };
    if (name && !g.name) g.name = name;
    groups.set(code, g);
    return g;
  };
  const addMember = (g: KlassGroup, raw: string, line: number) => {
    const code = municipalityCode(raw);
    if (!code) return rejected.push({ line, reason: 'bad_code', value: raw });
    if (!known.has(code))
      return rejected.push({ line, reason: 'unknown_municipality', value: raw });
    if (!g.members.includes(code)) g.members.push(code);
    return 0;
  };
  if (hierarchy) {
    const cell = (r: string[], n: string) => r[col(n)] ?? '';
    const pending: { cells: string[]; line: number }[] = [];
    for (const r of rows) {
      const level = cell(r.cells, 'level');
      if (level === '1') group(cell(r.cells, 'code'), cell(r.cells, 'name'));
      else if (level === '2') pending.push(r);
      else rejected.push({ line: r.line, reason: 'bad_level', value: level });
    }
    for (const r of pending) {
      const g = groups.get(cell(r.cells, 'parentCode'));
      if (!g)
        rejected.push({ line: r.line, reason: 'no_group', value: cell(r.cells, 'parentCode') });
      else addMember(g, cell(r.cells, 'code'), r.line);
    }
    return { shape: 'hierarchy', groups: [...groups.values()], rejected };
  }
  const nameAt = col('targetName');
  for (const r of rows) {
    const target = r.cells[col('targetCode')] ?? '';
    if (!target) {
      rejected.push({ line: r.line, reason: 'no_group', value: '' });
      continue;
    }
    addMember(
      group(target, nameAt >= 0 ? (r.cells[nameAt] ?? '') : target),
      r.cells[col('sourceCode')] ?? '',
      r.line,
    );
  }
  return { shape: 'correspondence', groups: [...groups.values()], rejected };
}
