import { join } from 'node:path';
import { rawRow } from '../../src/arrow/decode.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import type { ResultRow } from '../../src/arrow/to-rows.ts';
import { listWords } from '../../src/i18n/format.ts';
import {
  gapsCaption,
  overlaps,
  slideCaption,
  tilesCaption,
  trendCaption,
} from '../../src/deck/captions.ts';
import { parseDeck, type Pin } from '../../src/queries/pins.ts';
import { slideTable } from '../../src/deck/slide-csv.ts';
import type { GapsSlide, SlideData, TrendSlide } from '../../src/queries/slide-data.ts';
import {
  slideFilters,
  slideLegend,
  slideNotes,
  slideSubtitle,
  slideTitle,
  sourceAndPeriod,
} from '../../src/deck/slide-text.ts';
import { wilson } from '../../src/domain/intervals.ts';
import { formatRange } from '../../src/i18n/format.ts';
import { loadDeck } from '../../src/queries/deck.ts';
import { indicatorRowOf, seriesRowOf } from './rows.ts';

const DATA = join(new URL('../..', import.meta.url).pathname, 'data');
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
});
afterAll(() => db.close());

/** The place's own figures for an indicator, straight from the observation table. */
async function figures(indicator: string, geo: string): Promise<ResultRow[]> {
  return db.query({
    sql: `SELECT period_from, period_to, value, respondents FROM observation
WHERE indicator_id = ? AND geo_code = ? AND status = 'ok' ORDER BY period_from, period_to`,
    decode: rawRow,
    params: [indicator, geo],
  });
}

async function one(token: string): Promise<SlideData> {
  const [slide] = await loadDeck(db, parseDeck(token));
  if (!slide) throw new Error(`no slide for ${token}`);
  return slide;
}

describe('trend captions from the seed data', () => {
  it('Averøy, drunk in the last 12 months: 25 % in 2015 to 10 % in 2020, uncertainty unknown', async () => {
    const slide = await one('trend~1554~ungdata-drunk-12m');
    const rows = await figures('ungdata-drunk-12m', '1554');
    expect(rows.map((r) => r.value)).toEqual([25, 20, 10]);
    expect(rows.every((r) => r.respondents === null)).toBe(true);

    const nb = slideCaption(slide, 'nb');
    expect(nb).toBe(
      'Andelen ungdomsskoleelever i Averøy som svarte «har vært beruset siste 12 måneder», ' +
        'falt fra 25 % i 2015 til 10 % i 2020. Usikkerheten i tallene er ukjent. Kilde: NOVA (Ungdata).',
    );
    const en = slideCaption(slide, 'en');
    expect(en).toContain('fell from 25% in 2015 to 10% in 2020');
    expect(en).toContain('The uncertainty of the figures is not known.');
    expect(en).toContain('drunk in the last 12 months');
  });

  it('Søndre Land, antidepressants: the three-year periods and Norway’s figure, as in the data', async () => {
    const slide = await one('trend~3447~med-antidepressants');
    const own = await figures('med-antidepressants', '3447');
    const norway = await figures('med-antidepressants', '0');
    const first = own[0];
    const last = own[own.length - 1];
    const ref = norway[norway.length - 1];
    expect(first && last && ref).toBeTruthy();
    const n = (v: unknown) => String(v).replace('.', ',');
    const caption = trendCaption(slide as TrendSlide, 'nb');
    expect(caption).toContain(
      `økte fra ${n(first?.value)} per 1\u00a0000 i ${first?.period_from}–${first?.period_to} ` +
        `til ${n(last?.value)} per 1\u00a0000 i ${last?.period_from}–${last?.period_to}`,
    );
    expect(caption).toContain(
      `Til sammenligning: Norge ${n(ref?.value)} per 1\u00a0000 i ${ref?.period_from}–${ref?.period_to}.`,
    );
    expect(trendCaption(slide as TrendSlide, 'en')).toContain(
      'For comparison: Norway 56.8 per 1,000',
    );
  });

  it('Flå, bullied: one figure with respondents known gives its 95 % interval', async () => {
    const slide = await one('trend~3320~ungdata-bullied');
    const [row] = await figures('ungdata-bullied', '3320');
    const ci = wilson(Number(row?.value), Number(row?.respondents));
    expect(ci).not.toBeNull();
    const caption = slideCaption(slide, 'nb');
    expect(caption).toContain(`var ${row?.value} % i 2017.`);
    expect(caption).toContain(
      `95 %-intervallet er ${formatRange(ci?.[0] ?? 0, ci?.[1] ?? 0, 'percent', 'nb')}.`,
    );
    expect(slideCaption(slide, 'en')).toContain('The 95% interval is');
  });

  it('says whether a change is within the uncertainty, from respondents', () => {
    const base = {
      kind: 'trend' as const,
      id: 'trend~9999~x',
      pin: { kind: 'trend', geo: '9999', indicator: 'x' } as Pin,
      place: { code: '9999', name: 'Testby', county: null },
      sources: [],
      measures: [],
      indicator: indicatorRowOf({
        id: 'x',
        name_nb: 'Mye plaget av ensomhet',
        name_en: 'Much troubled by loneliness',
        unit: 'percent',
        source_kind: 'ungdata',
        population: 'Ungdomsskoleelever',
      }),
    };
    const row = (year: number, value: number, respondents: number) =>
      seriesRowOf({
        geo_code: '9999',
        geo_name: 'Testby',
        geo_level: 'municipality',
        period_from: year,
        period_to: year,
        age: 'grade_8_10',
        value,
        respondents,
      });
    const small: TrendSlide = { ...base, rows: [row(2017, 13, 40), row(2021, 18, 40)] };
    const a = wilson(13, 40);
    const b = wilson(18, 40);
    expect(a && b && overlaps(a, b)).toBe(true);
    expect(trendCaption(small, 'nb')).toContain(
      'økte fra 13 % i 2017 til 18 % i 2021. Endringen er innenfor usikkerheten: 95 %-intervallene',
    );
    expect(trendCaption(small, 'en')).toContain('The change is within the uncertainty');

    const large: TrendSlide = { ...base, rows: [row(2017, 13, 2000), row(2021, 18, 2000)] };
    expect(trendCaption(large, 'nb')).toContain(
      'Endringen er større enn usikkerheten: 95 %-intervallene',
    );
    expect(trendCaption(large, 'en')).toContain('do not overlap');

    const given: TrendSlide = {
      ...base,
      rows: [
        { ...row(2017, 13, 0), respondents: null, ci_low: 10, ci_high: 16 },
        { ...row(2021, 18, 0), respondents: null, ci_low: 17, ci_high: 19 },
      ],
    };
    expect(trendCaption(given, 'nb')).toContain('(10–16 % og 17–19 %) overlapper ikke');

    const halfKnown: TrendSlide = {
      ...base,
      rows: [row(2017, 13, 40), { ...row(2021, 18, 0), respondents: null }],
    };
    expect(trendCaption(halfKnown, 'nb')).toContain('Usikkerheten i tallene er ukjent.');
  });

  it('says so plainly when the data has no figures for a pinned chart', async () => {
    const slide = await one('trend~1554~no-such-indicator');
    expect(slideCaption(slide, 'nb')).toBe(
      'Tallene for dette lysbildet finnes ikke for Averøy i dataene her.',
    );
  });
});

describe('tile-group and gap-list captions', () => {
  it('Averøy, youth substance use: the verdicts counted from the data', async () => {
    const slide = await one('tiles~1554~youth-substance');
    if (slide.kind !== 'tiles') throw new Error('tiles expected');
    const count = (v: string) => slide.items.filter((i) => i.verdict.verdict === v).length;
    expect(slide.items).toHaveLength(7);
    expect(count('better')).toBe(2);
    const caption = tilesCaption(slide, 'nb');
    expect(caption).toContain(
      `Rusbruk blant unge i Averøy, 7 indikatorer: ${count('better')} mulig bedre enn landet og ${count('cannot_judge')} som ikke kan vurderes.`,
    );
    const unknown = slide.items.filter((i) => i.verdict.basis === 'difference').length;
    expect(caption).toContain(
      `${unknown} av ${unknown} vurderinger bygger på tall med ukjent usikkerhet.`,
    );
    expect(tilesCaption(slide, 'en')).toContain(
      'Youth substance use in Averøy, 7 indicators: 2 possibly better than Norway',
    );
  });

  it('Søndre Land, medication: higher than Norway, never "like" it', async () => {
    const slide = await one('tiles~3447~adult-mental-health');
    if (slide.kind !== 'tiles') throw new Error('tiles expected');
    const caption = tilesCaption(slide, 'nb');
    expect(caption).toContain('5 høyere enn landet');
    expect(caption).not.toMatch(/omtrent som/);
  });

  it('Flå, youth mental health: judged by the interval when respondents are known', async () => {
    const slide = await one('tiles~3320~youth-mental-health');
    expect(slideCaption(slide, 'nb')).toContain(
      'Vurderingene tar hensyn til usikkerheten i tallene.',
    );
  });

  it('Averøy 2026: the list names what has no active measure, and says none is judged worse', async () => {
    const slide = await one('gaps~1554~year:2026');
    if (slide.kind !== 'gaps') throw new Error('gaps expected');
    const ids = slide.uncovered.map((g) => g.indicator_id);
    expect(ids).toHaveLength(10);
    expect(ids).toContain('ungdata-drunk-12m');
    expect(ids).toContain('alcohol-beer-outlets');
    expect(gapsCaption(slide, 'nb')).toContain(
      '10 indikatorer uten aktive tiltak i 2026; ingen av dem er vurdert som verre enn landet eller i feil retning.',
    );
    const table = slideTable(slide, 'nb');
    expect(table.rows).toHaveLength(10);
    expect(table.rows[0]?.reason).toMatch(/tiltak/);
  });

  it('names the most serious when a listed indicator is a risk', async () => {
    const slide = await one('gaps~3320~ref:G-SINTEF-U2000');
    if (slide.kind !== 'gaps') throw new Error('gaps expected');
    // Take away the staffing measures' cover: the possible risk then leads the list.
    const staffing = slide.items.find((i) => i.indicator.id === 'staffing-mh-children-per-10000');
    expect(staffing?.tier).toBe('possible_risk');
    const first = {
      indicator_id: 'staffing-mh-children-per-10000',
      theme_id: 'service-capacity',
      name_nb: 'Årsverk',
      name_en: 'Staff',
      tier: 'possible_risk' as const,
      verdict: staffing!.verdict,
      inactiveMeasureIds: [],
    };
    const withRisk: GapsSlide = { ...slide, uncovered: [first, ...slide.uncovered] };
    const nb = gapsCaption(withRisk, 'nb');
    expect(nb).toContain(
      'Mest alvorlig er «Årsverk» (mulig risiko). Mulig verre enn Kommuner under 2 000',
    );
    expect(nb).toContain('av dem 1 mulig risiko');
  });
});

describe('the words around a slide', () => {
  it('title, subtitle, filters, source with period, legend, notes and CSV for a chart', async () => {
    const slide = await one('trend~1554~ungdata-drunk-12m');
    expect(slideTitle(slide, 'nb')).toBe('Har vært beruset siste 12 måneder');
    expect(slideSubtitle(slide, 'nb')).toBe('Averøy · Ungdomsskoleelever');
    expect(slideFilters(slide, 'nb')).toBe('Kommune: Averøy');
    const src = sourceAndPeriod(slide, 'nb');
    expect(src).toMatch(
      /^Kilde: NOVA \(Ungdata\), gjengitt i Averøy kommune, Ruspolitisk handlingsplan 2021–2024/,
    );
    expect(src).toContain('Periode: 2015–2020.');
    expect(slideLegend(slide, 'nb').map((l) => l.label)).toEqual(['Averøy']);
    expect(slideNotes(slide, 'nb')[0]).toBe(
      'Averøy: fra 25 % i 2015 til 10 % i 2020 (ned 15 prosentpoeng).',
    );
    const table = slideTable(slide, 'nb');
    expect(table.rows.map((r) => r.value)).toEqual([25, 20, 10]);
    expect(table.columns).toContain('source_id');
  });

  it('a gap list pinned with filters shows them', async () => {
    const slide = await one('gaps~3320~year:2018~level:universal');
    expect(slideFilters(slide, 'nb')).toBe(
      'Kommune: Flå · Sammenlignet med landet · Tiltak aktive i 2018 · Forebyggingsnivå: Universell',
    );
    expect(slideFilters(slide, 'en')).toContain('Prevention level:');
  });

  it('lists words the Norwegian and the English way', () => {
    expect(listWords(['a', 'b', 'c'], 'nb')).toBe('a, b og c');
    expect(listWords(['a', 'b'], 'en')).toBe('a and b');
    expect(listWords(['a'], 'en')).toBe('a');
  });
});
