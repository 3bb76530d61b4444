/**
 * Every language has every message, none empty, with the same placeholders as bokmål; and the
 * nynorsk set reads as nynorsk: no long sentence copied from bokmål, no bokmål-only words.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, placeName, translate, type Lang } from '../../src/i18n/i18n.ts';
import { SIZE_GROUP } from '../../src/domain/similar/size-classes.ts';
import { ingestWordsEn } from '../../src/i18n/ingest-en.ts';
import { ingestWordsNb } from '../../src/i18n/ingest-nb.ts';
import { ingestWordsNn } from '../../src/i18n/ingest-nn.ts';
import type { IngestWords } from '../../src/i18n/ingest-words.ts';
import { riskWords } from '../../src/i18n/risk-text.ts';

const INGEST: Record<Lang, IngestWords> = {
  nb: ingestWordsNb,
  nn: ingestWordsNn,
  en: ingestWordsEn,
};

/** Every string in a nested set of words, by its path (`label.worse`, `numbers.3`). */
function leaves(x: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof x === 'string') out.set(path, x);
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x))
      for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  return out;
}

/** The sets compared: interface messages, risk words, import words (without the rule function). */
function sets(lang: Lang): Record<string, Map<string, string>> {
  const { rule: _rule, ...ingest } = INGEST[lang];
  return {
    messages: leaves(MESSAGES[lang]),
    risk: leaves(riskWords(lang)),
    ingest: leaves(ingest),
  };
}

/** The placeholder names of a template (`{name}`, `{n:mb}`, `{rows|rad|rader}` → name, n, rows). */
const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? ''))].sort();

/** The text a reader sees, without placeholders, quoted file text («Personer 2021») or code. */
const prose = (s: string) =>
  s
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/\b[a-z_]+\.[a-z._]+\b|\b\w+_\w+\b/g, ' ');

const words = (s: string) =>
  prose(s)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);

describe('every language has every message', () => {
  const nb = sets('nb');
  for (const lang of LANGS) {
    for (const [name, set] of Object.entries(sets(lang))) {
      it(`${lang}: ${name} has every key bokmål has, none empty`, () => {
        const base = nb[name] as Map<string, string>;
        const missing = [...base.keys()].filter((k) => !set.has(k));
        const empty = [...set].filter(([, v]) => v.trim() === '').map(([k]) => k);
        const extra = [...set.keys()].filter((k) => !base.has(k));
        expect({ missing, empty, extra }).toEqual({ missing: [], empty: [], extra: [] });
      });
      it(`${lang}: ${name} uses the same placeholders as bokmål`, () => {
        const base = nb[name] as Map<string, string>;
        const differ = [...set]
          .filter(
            ([k, v]) =>
              base.has(k) && placeholders(v).join() !== placeholders(base.get(k) ?? '').join(),
          )
          .map(([k]) => k);
        expect(differ).toEqual([]);
      });
    }
  }
});

/** Short phrases that are the same in both written standards (checked by hand). */
const SAME_IN_NN = new Set<string>([
  'dekning.matrixGroup', // Aktive tiltak i {year} per tema og målgruppe
  'import.speed', // {rows} rader, {mb} MB …
  'mote.print', // Skriv ut eller lagre som PDF
  'codes.file.jsonstat-category', // JSON-stat: dimensjonen {dimension} har ingen category
  'codes.bad-sex.row', // {value} (bruk all, male eller female; eller 0, 1, 2)
]);

/** Words only bokmål writes; nynorsk has ikkje, kva, kvar, nokon, berre, frå, tal, kommunar, … */
const BOKMAL_ONLY = new Set([
  'ikke',
  'hva',
  'hvor',
  'hvilke',
  'hvilken',
  'hvordan',
  'hvis',
  'noen',
  'bare',
  'fra',
  'tall',
  'tallene',
  'kommuner',
  'innbyggere',
  'ennå',
  'lagret',
  'endret',
  'de',
  'dem',
  'mulig',
  'sammenlign',
  'sammenlignet',
  'forskjell',
  'usikkerheten',
  'hele',
  'egen',
  'egne',
  'velg',
  'leser',
  'lest',
  'jeg',
  'mye',
  'vises',
  'være',
  'nå',
  'høyere',
  'lavere',
  'bedre',
  'ukjent',
  'gjelder',
  'nettleseren',
  'mangler',
  'følger',
  'utvikler',
  'henter',
  'starter',
  'kilde',
  'kilder',
  'fylle',
  'tabeller',
  'kolonner',
  'linje',
  'linjer',
  'navn',
  'sted',
  'steder',
  'hver',
  'ett',
  'et',
]);

describe('nynorsk reads as nynorsk', () => {
  const nb = sets('nb');
  const nn = sets('nn');
  for (const name of Object.keys(nn)) {
    it(`${name}: no sentence of six words or more is the bokmål one unchanged`, () => {
      const base = nb[name] as Map<string, string>;
      const copied = [...(nn[name] as Map<string, string>)]
        .filter(([k, v]) => v === base.get(k) && words(v).length >= 6 && !SAME_IN_NN.has(k))
        .map(([k]) => k);
      expect(copied).toEqual([]);
    });
    it(`${name}: no bokmål-only words`, () => {
      const found = [...(nn[name] as Map<string, string>)].flatMap(([k, v]) =>
        words(v)
          .filter((w) => BOKMAL_ONLY.has(w.toLowerCase()))
          .map((w) => `${k}: ${w}`),
      );
      expect(found).toEqual([]);
    });
  }

  it('the check finds bokmål: the bokmål set itself is full of it', () => {
    const found = [...(nb.messages as Map<string, string>).values()].filter((v) =>
      words(v).some((w) => BOKMAL_ONLY.has(w.toLowerCase())),
    );
    expect(found.length).toBeGreaterThan(50);
  });
});

describe('comparison groups in each language', () => {
  it('the size group of similar municipalities is named in the language shown, not in bokmål', () => {
    const nb = translate('nb', 'similar.size.2000-4999');
    expect(placeName(SIZE_GROUP, nb, 'nb')).toBe(nb);
    expect(placeName(SIZE_GROUP, nb, 'en')).toBe('Municipalities of 2,000–4,999 inhabitants');
    expect(placeName(SIZE_GROUP, nb, 'nn')).toBe(translate('nn', 'similar.size.2000-4999'));
    expect(placeName(SIZE_GROUP, nb, 'nn')).not.toBe(nb);
    // A name that is no size class stays as it is.
    expect(placeName(SIZE_GROUP, 'Noe annet', 'en')).toBe('Noe annet');
  });
});
