import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/**
 * Pins the measures (tiltak) transcribed from the five seed plans: counts per plan, a sample of
 * measures per plan, and the referential rules between plan.csv, measure/*.csv and measure_link.csv.
 * See pipelines/notes/measures.md for how each plan was read.
 */

interface PlanRow {
  id: string;
  geo_code: string;
  citation: string;
}
interface MeasureRow {
  id: string;
  plan_id: string;
  title: string;
  responsible: string;
  due_text: string;
  prevention_level: string;
  citation: string;
}
interface LinkRow {
  measure_id: string;
  theme_id: string;
  indicator_id: string;
  expected_direction: string;
}
interface IdRow {
  id: string;
}

function readCsv<T>(relative: string): T[] {
  const text = readFileSync(
    new URL(`../../pipelines/curated/${relative}`, import.meta.url),
    'utf8',
  );
  const parsed = Papa.parse<T>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors, relative).toEqual([]);
  return parsed.data;
}

const PLAN_FILES: Record<string, { file: string; count: number }> = {
  'averoy-2025': { file: 'measure/000-averoy-2025.csv', count: 37 },
  'averoy-rus-2021': { file: 'measure/001-averoy-rus-2021.csv', count: 34 },
  'sondreland-2016': { file: 'measure/002-sondreland-2016.csv', count: 38 },
  'fla-2018': { file: 'measure/003-fla-2018.csv', count: 39 },
  'orland-2022': { file: 'measure/004-orland-2022.csv', count: 46 },
};

const plans = readCsv<PlanRow>('plan.csv');
const themes = readCsv<IdRow>('theme.csv');
const indicators = readCsv<IdRow>('indicator.csv');
const measuresByPlan = new Map(
  Object.entries(PLAN_FILES).map(([planId, { file }]) => [planId, readCsv<MeasureRow>(file)]),
);
const planMeasures = (planId: string): MeasureRow[] => measuresByPlan.get(planId) ?? [];
const measures = [...measuresByPlan.values()].flat();
const links = readCsv<LinkRow>('measure_link.csv');
const byId = new Map(measures.map((m) => [m.id, m]));

/** id → title substring, responsible (exact, '' for none), due_text (exact, '' for none), prevention_level. */
interface Sample {
  id: string;
  title: string;
  responsible: string;
  due: string;
  level: string;
}

const SAMPLES: Record<string, Sample[]> = {
  'averoy-2025': [
    {
      id: 'averoy-2025-05',
      title: 'FIT - verktøy',
      responsible: 'Enhetsleder, kommunepsykolog',
      due: '2026',
      level: 'system',
    },
    {
      id: 'averoy-2025-06',
      title: 'nalokson - nesespray',
      responsible: 'Psykisk helse & rus',
      due: '2025-2030',
      level: 'treatment',
    },
    {
      id: 'averoy-2025-07',
      title: 'velferdsteknologi',
      responsible: 'Gjelder alle enheten innen helse og omsorg',
      due: 'Kontinuerlig',
      level: 'system',
    },
    {
      id: 'averoy-2025-15',
      title: 'ICDP grupper',
      responsible: 'Koordinator i samarbeid med 10 ICDP veiledere',
      due: '2025 - 2030',
      level: 'universal',
    },
    {
      id: 'averoy-2025-20',
      title: 'Årshjul psykisk helse',
      responsible: 'Skole og oppvekst',
      due: 'Årlig',
      level: 'universal',
    },
    {
      id: 'averoy-2025-21',
      title: 'Videreutdanning i kognitiv terapi rettet mot barn og unge',
      responsible: 'Psykisk helseteam for barn og familier, helsestasjonen',
      due: 'Vår 2026',
      level: 'system',
    },
    {
      id: 'averoy-2025-24',
      title: 'Youth awareness model',
      responsible: 'Ungdomsskole i samarbeid med kommunepsykolog',
      due: '2026',
      level: 'universal',
    },
    {
      id: 'averoy-2025-28',
      title: 'Utdanne 4 ICDP veiledere',
      responsible: '',
      due: '2025',
      level: 'system',
    },
    {
      id: 'averoy-2025-37',
      title: 'flyktningeforløp',
      responsible: 'Psykisk helse & rus, psykisk helseteam for barn og familier',
      due: '2026',
      level: 'system',
    },
  ],
  'averoy-rus-2021': [
    {
      id: 'averoy-rus-2021-01',
      title: 'kommunens hjemmeside',
      responsible: 'Psykisk helse, NAV, brukerrepresentanter, ungdomsråd',
      due: '',
      level: 'universal',
    },
    {
      id: 'averoy-rus-2021-08',
      title: 'Temakvelder – Averøy Ungdomsskole',
      responsible: 'Politi, psykisk helse og rus, helsestasjon, erfaringskompetanse',
      due: '',
      level: 'universal',
    },
    {
      id: 'averoy-rus-2021-10',
      title: 'Ungdataundersøkelse',
      responsible: 'Ungdomsskolen, NAV',
      due: '',
      level: 'system',
    },
    {
      id: 'averoy-rus-2021-15',
      title: 'Turbofrosk',
      responsible: 'Kommunestyre, Averøy Ungdomsskole',
      due: '',
      level: 'universal',
    },
    {
      id: 'averoy-rus-2021-22',
      title: 'LAR og ROP',
      responsible: 'Psykisk helse & rus',
      due: '',
      level: 'treatment',
    },
    {
      id: 'averoy-rus-2021-23',
      title: 'individuell plan',
      responsible: 'NAV, psykisk helse',
      due: '',
      level: 'system',
    },
    {
      id: 'averoy-rus-2021-30',
      title: 'TA Tak kurs',
      responsible: 'Psykisk helse, kommunepsykolog',
      due: '',
      level: 'selective',
    },
    {
      id: 'averoy-rus-2021-32',
      title: 'FACT – team',
      responsible: 'Psykisk helse & rus, fastleger',
      due: '',
      level: 'treatment',
    },
  ],
  'sondreland-2016': [
    {
      id: 'sondreland-2016-01',
      title: 'Tydeliggjøre rolle og ansvarsfordelinger',
      responsible: '',
      due: '',
      level: 'system',
    },
    {
      id: 'sondreland-2016-17',
      title: 'Forebygge sykdomsutvikling 65+',
      responsible: '',
      due: '',
      level: 'selective',
    },
    {
      id: 'sondreland-2016-21',
      title: 'skolevegring',
      responsible: '',
      due: '',
      level: 'indicated',
    },
    {
      id: 'sondreland-2016-26',
      title: 'foreldrekompetanse',
      responsible: '',
      due: '',
      level: 'universal',
    },
    {
      id: 'sondreland-2016-30',
      title: 'Interkommunalt samarbeid?',
      responsible: '',
      due: '',
      level: 'system',
    },
    {
      id: 'sondreland-2016-36',
      title: 'Styrking av stillinger',
      responsible: '',
      due: 'ett årsverk pr år i 2017, 2018 og 2019',
      level: 'system',
    },
    {
      id: 'sondreland-2016-38',
      title: 'kompetanseplan',
      responsible: '',
      due: 'Når organisatoriske endringer er effektuert',
      level: 'system',
    },
  ],
  'fla-2018': [
    {
      id: 'fla-2018-1.1.1',
      title: 'Av og Til',
      responsible: 'Folkehelsekoordinator',
      due: 'I løpet av 2018',
      level: 'universal',
    },
    {
      id: 'fla-2018-2.1.1a',
      title: 'Videreføre MOT programmet',
      responsible: 'MOT-ansvarlig',
      due: 'Jevnlig',
      level: 'universal',
    },
    {
      id: 'fla-2018-2.1.1b',
      title: 'Evaluere utnyttelsen',
      responsible: 'Mot-ansvarlig, Rektor Flå skole',
      due: 'I løpet av 2018',
      level: 'system',
    },
    {
      id: 'fla-2018-2.1.4',
      title: 'Kjærlighet og grenser',
      responsible: 'Flå skole og helsestasjon',
      due: 'Oppstart høst 2019',
      level: 'universal',
    },
    {
      id: 'fla-2018-2.3.1',
      title: '0,2 årsverk',
      responsible: 'Helse og omsorgsleder',
      due: 'I budsjett og økonomiplan fra 2019',
      level: 'system',
    },
    {
      id: 'fla-2018-5.1.1',
      title: 'Housing First',
      responsible: 'Rus og psykisk helsetjeneste i samarbeid med hjemmetjeneste og NAV',
      due: '2018',
      level: 'treatment',
    },
    {
      id: 'fla-2018-5.5.2',
      title: 'Regelmessig gjennomgang',
      responsible: 'Fagansvarlig rus og psykisk helsetjeneste',
      due: '1 fagdag pr. halvår',
      level: 'system',
    },
    {
      id: 'fla-2018-5.6.2',
      title: 'FACT-team',
      responsible: 'Helse- og omsorgstjenesten',
      due: 'Fra etablering i 2018',
      level: 'treatment',
    },
  ],
  'orland-2022': [
    {
      id: 'orland-2022-ua-07',
      title: 'Alkoholforebyggende program for ungdomstrinnet',
      responsible: 'Enhetsleder ØUS og BUS, Avd.leder skolehelsetjenesten',
      due: '',
      level: 'universal',
    },
    {
      id: 'orland-2022-ua-15',
      title: 'Ungdata',
      responsible: 'Kommunalsjef oppvekst',
      due: 'Annethvert år',
      level: 'universal',
    },
    {
      id: 'orland-2022-ub-21',
      title: 'iLAG',
      responsible: 'Folkehelsekoordinator, Folkehelsekoordinatorer på Fosen',
      due: '2020 - 2023',
      level: 'universal',
    },
    {
      id: 'orland-2022-s-01',
      title: 'Familieveiledere – lavterskeltilbud uten henvisning',
      responsible: 'Avdelingsleder familie og forebygging',
      due: '',
      level: 'selective|indicated',
    },
    {
      id: 'orland-2022-s-07',
      title: 'Ruskontrakter',
      responsible: 'Avdelingsleder familie og forebygging',
      due: '',
      level: 'selective',
    },
    {
      id: 'orland-2022-i-01',
      title: 'Innsatsteam barn og unge',
      responsible: 'Avdelingsleder familie og forebygging',
      due: '',
      level: 'indicated',
    },
    {
      id: 'orland-2022-k-02',
      title: 'Stafettloggen',
      responsible: 'PPT/ Ressursgruppa BTI',
      due: '',
      level: 'system',
    },
  ],
};

describe('seed plans', () => {
  it('lists the five plans with today’s municipality codes', () => {
    expect(Object.fromEntries(plans.map((p) => [p.id, p.geo_code]))).toEqual({
      'averoy-2025': '1554',
      'averoy-rus-2021': '1554',
      'sondreland-2016': '3447',
      'fla-2018': '3320',
      'orland-2022': '5057',
    });
    for (const p of plans) expect(p.citation, p.id).toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });
});

describe.each(Object.entries(PLAN_FILES))('measures of %s', (planId, { count }) => {
  const rows = planMeasures(planId);

  it(`has ${count} measures, all of this plan`, () => {
    expect(rows).toHaveLength(count);
    for (const m of rows) expect(m.plan_id, m.id).toBe(planId);
  });

  it('pins a sample of measures', () => {
    const samples = SAMPLES[planId] ?? [];
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const s of samples) {
      const m = byId.get(s.id);
      expect(m, s.id).toBeDefined();
      expect(m!.plan_id, s.id).toBe(planId);
      expect(m!.title, s.id).toContain(s.title);
      expect(m!.responsible, s.id).toBe(s.responsible);
      expect(m!.due_text, s.id).toBe(s.due);
      expect(m!.prevention_level, s.id).toBe(s.level);
    }
  });
});

describe('measure rules', () => {
  it('gives every measure an existing plan, a unique id, a title and a citation naming the seed file', () => {
    const planIds = new Set(plans.map((p) => p.id));
    const ids = measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of measures) {
      expect(planIds.has(m.plan_id), m.id).toBe(true);
      expect(m.title.trim(), m.id).not.toBe('');
      expect(m.citation.trim(), m.id).not.toBe('');
      expect(m.citation, m.id).toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    }
  });

  it('merges Ørland measures listed as both selective and indicated into one row', () => {
    const familieveiledere = planMeasures('orland-2022').filter((m) =>
      m.title.startsWith('Familieveiledere – lavterskeltilbud'),
    );
    expect(familieveiledere).toHaveLength(1);
    expect(
      planMeasures('orland-2022').filter((m) => m.prevention_level === 'selective|indicated'),
    ).toHaveLength(4);
  });
});

describe('measure links', () => {
  const themeIds = new Set(themes.map((t) => t.id));
  const indicatorIds = new Set(indicators.map((i) => i.id));

  it('refer to existing measures and to existing themes or indicators', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(byId.has(l.measure_id), l.measure_id).toBe(true);
      expect(l.theme_id || l.indicator_id, l.measure_id).toBeTruthy();
      if (l.theme_id)
        expect(themeIds.has(l.theme_id), `${l.measure_id} → ${l.theme_id}`).toBe(true);
      if (l.indicator_id)
        expect(indicatorIds.has(l.indicator_id), `${l.measure_id} → ${l.indicator_id}`).toBe(true);
      expect(['decrease', 'increase', 'none']).toContain(l.expected_direction);
    }
  });

  it('link every measure to at least one theme, once per target', () => {
    const withTheme = new Set(links.filter((l) => l.theme_id).map((l) => l.measure_id));
    for (const m of measures) expect(withTheme.has(m.id), m.id).toBe(true);
    const keys = links.map((l) => `${l.measure_id}|${l.theme_id}|${l.indicator_id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('link youth-drinking measures to Ungdata drunkenness', () => {
    const drunk = (id: string) =>
      links.some(
        (l) =>
          l.measure_id === id &&
          l.indicator_id === 'ungdata-drunk-12m' &&
          l.expected_direction === 'decrease',
      );
    expect(drunk('orland-2022-ua-07')).toBe(true);
    expect(drunk('fla-2018-2.1.4')).toBe(true);
  });
});
