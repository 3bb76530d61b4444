/**
 * Sex, age and period as Norwegian sources write them, turned into the contract's values
 * (sex `all` | `male` | `female`; age `all`, `0_74`, `18_plus`, `grade_8_10`, `vgs`, `grade_N`).
 */
import type { Sex } from '../domain/contract.ts';
import { parsePeriod, type Period } from '../domain/period.ts';
import { parseSchoolYearPeriod } from '../domain/school-year.ts';

const SEX: Record<string, Sex> = {};
const put = (sex: Sex, words: string): void => {
  for (const w of words.split('|')) SEX[w] = sex;
};
put(
  'all',
  '|0|all|alle|begge|begge kjønn|begge kjonn|kjønn samlet|kjonn samlet|samlet|alle kjønn|kjønn i alt|total|totalt|i alt|both sexes|both|total sexes',
);
put('male', '1|m|male|males|man|men|mann|menn|gutt|gutter|guttar|boy|boys');
put('female', '2|f|k|female|females|woman|women|kvinne|kvinner|jente|jenter|girl|girls');

/** Reads a sex label or FHI/SSB code (0 all, 1 male, 2 female); null when not understood. */
export function parseSex(text: string): Sex | null {
  return SEX[text.trim().toLowerCase()] ?? null;
}

const AGE_ALL = new Set([
  '',
  'all',
  'alle',
  'alle aldre',
  'alder i alt',
  'i alt',
  'total',
  'totalt',
  'all ages',
  'alle alderstrinn',
  'alle trinn',
]);
const CANONICAL = /^(all|vgs|grade_\d{1,2}(_\d{1,2})?|\d{1,3}_\d{1,3}|\d{1,3}_plus)$/;
const GRADE_RANGE = /^(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.?\s*(trinn|klasse|klassetrinn|kl\.?)$/;
const GRADE = /^(\d{1,2})\.?\s*(trinn|klasse|klassetrinn|kl\.?)$/;
const VG = /^vg\s*([1-3])$/;
const YEARS = '(?:years?|år)';
const AGE_ONE = new RegExp(`^(\\d{1,3})\\s*${YEARS}$`);
const AGE_PLUS = new RegExp(
  `^(\\d{1,3})\\s*(?:${YEARS})?\\s*(?:\\+|or older|or more|og over|og eldre|eller eldre|eller mer)$`,
);
const AGE_RANGE = new RegExp(`^(\\d{1,3})\\s*[-–_]\\s*(\\d{1,3})\\s*(?:${YEARS})?$`);
const AGE_UNDER = new RegExp(`^under\\s+(\\d{1,3})\\s*(?:${YEARS})?$`);

/**
 * Reads an age or school level: `0_74` and `18_plus` stay; `0 years` → `0_0`; `105 years or older`
 * → `105_plus`; `0-74 år` → `0_74`; `under 18 år` → `0_17`; `8-10.trinn` / `ungdomsskole` →
 * `grade_8_10`; `9. trinn` → `grade_9`; `videregående` → `vgs`; `VG1` → `grade_11`; totals → `all`.
 * Null when not understood.
 */
export function parseAge(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (AGE_ALL.has(t)) return 'all';
  if (CANONICAL.test(t)) return t;
  let m = GRADE_RANGE.exec(t);
  if (m) return `grade_${Number(m[1])}_${Number(m[2])}`;
  m = GRADE.exec(t);
  if (m) return `grade_${Number(m[1])}`;
  if (/^ungdomss?kole(n)?$|^ungdomstrinnet$|^ungdomstrinn$/.test(t)) return 'grade_8_10';
  if (/^(vgs|videregående( skole)?|vidaregåande( skule)?|vg ?1 ?- ?vg ?3)$/.test(t)) return 'vgs';
  m = VG.exec(t);
  if (m) return `grade_${10 + Number(m[1])}`;
  m = AGE_ONE.exec(t);
  if (m) return `${Number(m[1])}_${Number(m[1])}`;
  m = AGE_PLUS.exec(t);
  if (m) return `${Number(m[1])}_plus`;
  m = AGE_RANGE.exec(t);
  if (m && Number(m[1]) <= Number(m[2])) return `${Number(m[1])}_${Number(m[2])}`;
  m = AGE_UNDER.exec(t);
  if (m && Number(m[1]) > 0) return `0_${Number(m[1]) - 1}`;
  return null;
}

/** A date-like year as FHI's newer exports write it (`2018-01-01`): the year; null otherwise. */
const DATE_YEAR = /^(\d{4})-\d{2}-\d{2}(?:T00:00(?::00(?:\.0+)?)?Z?)?$/;

/**
 * Reads a period: a year or a range of years (`2015`, `2013_2015`, `2013-2015`, a five-year
 * `2015–2019`), school years (`2016/17`, `2016/17-2018/19`: the autumn terms' calendar years,
 * see domain/school-year.ts), or a date-like year (`2018-01-01` → 2018); null otherwise.
 */
export function readPeriod(text: string | number): Period | null {
  const t = String(text).trim();
  const plain = parsePeriod(t);
  if (plain) return plain;
  const school = parseSchoolYearPeriod(t);
  if (school) return school;
  const date = DATE_YEAR.exec(t);
  if (date) return { from: Number(date[1]), to: Number(date[1]) };
  return null;
}

/** A lower-case kebab-case id from any text (æ → ae, ø → o, å → a, other marks dropped). */
export function slugify(text: string, max = 60): string {
  const s = text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** True when a dimension value means "all of them" (a total): `0`, `Total`, `I alt`, `Alle …`. */
export function isTotal(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    t === '0' ||
    t === 'total' ||
    t === 'totalt' ||
    t === 'i alt' ||
    t === 'alle' ||
    t === 'samlet' ||
    t.startsWith('total ') ||
    t.startsWith('alle ') ||
    t.endsWith(' i alt') ||
    t.endsWith(' samlet')
  );
}
