import { cpSync, mkdtempSync, appendFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PipelineIO } from '../../pipelines/lib/curated.ts';
import { PipelineError } from '../../pipelines/lib/errors.ts';
import * as geo from '../../pipelines/geo.ts';
import * as geoChange from '../../pipelines/geo_change.ts';
import * as indicator from '../../pipelines/indicator.ts';
import * as observation from '../../pipelines/observation.ts';
import * as source from '../../pipelines/source.ts';
import * as theme from '../../pipelines/theme.ts';
import * as plan from '../../pipelines/plan.ts';
import * as measure from '../../pipelines/measure.ts';
import * as measureLink from '../../pipelines/measure_link.ts';

const CURATED = new URL('../../pipelines/curated/', import.meta.url).pathname;

/** A fresh copy of the curated inputs, so a test can break one file. */
function copyInputs(): PipelineIO {
  const root = mkdtempSync(join(tmpdir(), 'oversikt-pipe-'));
  cpSync(CURATED, join(root, 'curated'), { recursive: true });
  return { root, curatedDir: join(root, 'curated'), outDir: join(root, 'out') };
}

const OBS = 'observation/001-averoy-ungdata.csv';
const ok = {
  obs: 'ungdata-drunk-12m,1554,2021,2021,all,grade_8_10,12,,,,,,ok,averoy-rusplan-ungdata,',
};

type Case = {
  rule: string;
  file: string;
  row: string;
  build: (io: PipelineIO) => unknown;
  expect: RegExp;
};

const CASES: Case[] = [
  {
    rule: 'unknown indicator',
    file: OBS,
    row: ok.obs.replace('ungdata-drunk-12m', 'no-such-indicator'),
    build: observation.build,
    expect: /indicator_id: must name an existing indicator \(no-such-indicator\)/,
  },
  {
    rule: 'unknown place',
    file: OBS,
    row: ok.obs.replace(',1554,', ',9999,'),
    build: observation.build,
    expect: /geo_code: must name an existing geo code \(9999\)/,
  },
  {
    rule: 'unknown source',
    file: OBS,
    row: ok.obs.replace('averoy-rusplan-ungdata', 'nowhere'),
    build: observation.build,
    expect: /source_id: must name an existing source/,
  },
  {
    rule: 'period runs backwards',
    file: OBS,
    row: ok.obs.replace('2021,2021', '2021,2019'),
    build: observation.build,
    expect: /period_to: must not be before period_from/,
  },
  {
    rule: 'year out of range',
    file: OBS,
    row: ok.obs.replace('2021,2021', '1021,1021'),
    build: observation.build,
    expect: /period_from: must be a year/,
  },
  {
    rule: 'value not a number',
    file: OBS,
    row: ok.obs.replace(',12,', ',12;5,'),
    build: observation.build,
    expect: /value: must be a number \(12;5\)/,
  },
  {
    rule: 'suppressed with a value',
    file: OBS,
    row: ok.obs.replace(',12,', ',0,').replace(',ok,', ',suppressed,'),
    build: observation.build,
    expect: /value: must be empty when status is suppressed/,
  },
  {
    rule: 'ok without a value',
    file: OBS,
    row: ok.obs.replace(',12,', ',,'),
    build: observation.build,
    expect: /value: is required when status is ok/,
  },
  {
    rule: 'unknown status',
    file: OBS,
    row: ok.obs.replace(',ok,', ',hidden,'),
    build: observation.build,
    expect: /status: must be one of ok \| suppressed \| missing/,
  },
  {
    rule: 'unknown sex',
    file: OBS,
    row: ok.obs.replace(',all,', ',both,'),
    build: observation.build,
    expect: /sex: must be one of/,
  },
  {
    rule: 'percent above 100',
    file: OBS,
    row: ok.obs.replace(',12,', ',112,'),
    build: observation.build,
    expect: /value: a percent must lie in 0–100/,
  },
  {
    rule: 'interval excludes value',
    file: OBS,
    row: ok.obs.replace(',12,,,', ',12,14,20,'),
    build: observation.build,
    expect: /ci_low: must not exceed value/,
  },
  {
    rule: 'duplicate key',
    file: OBS,
    row: ok.obs + '\n' + ok.obs,
    build: observation.build,
    expect: /key: repeats the key of/,
  },
  {
    rule: 'ragged row',
    file: OBS,
    row: 'ungdata-drunk-12m,1554,2021',
    build: observation.build,
    expect: /\(row\): has 3 fields, header has 15/,
  },
  {
    rule: 'bad unit',
    file: 'indicator.csv',
    row: 'x-new,Ny,New,youth-substance,ungdata,percentage,higher_worse,,,',
    build: indicator.build,
    expect: /unit: must be one of/,
  },
  {
    rule: 'unknown theme',
    file: 'indicator.csv',
    row: 'x-new,Ny,New,no-theme,ungdata,percent,higher_worse,,,',
    build: indicator.build,
    expect: /theme_id: must name an existing theme/,
  },
  {
    rule: 'bad polarity',
    file: 'indicator.csv',
    row: 'x-new,Ny,New,youth-substance,ungdata,percent,up,,,',
    build: indicator.build,
    expect: /polarity: must be one of/,
  },
  {
    rule: 'theme id not kebab-case',
    file: 'theme.csv',
    row: 'Youth Things,Navn,Name,',
    build: theme.build,
    expect: /id: must be lower-case kebab-case/,
  },
  {
    rule: 'bad geo code',
    file: 'geo.csv',
    row: '123,Nowhere,municipality,15,2024,,',
    build: geo.build,
    expect: /code: must be 0, two or four digits/,
  },
  {
    rule: 'unknown parent',
    file: 'geo.csv',
    row: '1599,Nowhere,municipality,77,2024,,',
    build: geo.build,
    expect: /parent_code: must name an existing geo code \(77\)/,
  },
  {
    rule: 'bad level',
    file: 'geo.csv',
    row: '1599,Nowhere,kommune,15,2024,,',
    build: geo.build,
    expect: /level: must be one of/,
  },
  {
    rule: 'change to nowhere',
    file: 'geo_change.csv',
    row: '1501,7777,2020,merge,',
    build: geoChange.build,
    expect: /new_code: must be a code in geo/,
  },
  {
    rule: 'bad source sha256',
    file: 'source.csv',
    row: 'x,T,P,plan,f.txt,abc,,,',
    build: source.build,
    expect: /sha256: must be 64 hex digits/,
  },
  {
    rule: 'plan in unknown place',
    file: 'plan.csv',
    row: 'p-x,9999,Plan,rusplan,2020,2024,cite',
    build: plan.build,
    expect: /geo_code: must name an existing geo code/,
  },
  {
    rule: 'missing required column value',
    file: 'theme.csv',
    row: 'new-theme,,Name,',
    build: theme.build,
    expect: /name_nb: is required/,
  },
];

describe('pipelines reject each broken rule with file, line and reason', () => {
  it.each(CASES)('$rule', ({ file, row, build, expect: pattern }) => {
    const io = copyInputs();
    const path = join(io.curatedDir, file);
    const before = readFileSync(path, 'utf8');
    appendFileSync(path, (before.endsWith('\n') ? '' : '\n') + row + '\n');
    const line = before.trimEnd().split('\n').length + 1;
    let error: unknown;
    try {
      build(io);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineError);
    const message = (error as Error).message;
    expect(message).toMatch(pattern);
    expect(message).toContain(`curated/${file}:`);
    expect(message).toMatch(new RegExp(`:${line}: |:${line + 1}: `));
  });

  it('a measure of an unknown plan and a link to an unknown measure are rejected', () => {
    const io = copyInputs();
    writeFileSync(
      join(io.curatedDir, 'measure', '999-test.csv'),
      'id,plan_id,goal,title,target_groups,prevention_level,responsible,start_year,due_text,cost_text,status,citation\n' +
        'm-x,no-plan,,Tiltak,youth,universal,,,2025,,unknown,cite\n',
    );
    expect(() => measure.build(io)).toThrow(
      /measure\/999-test.csv:2: plan_id: must name an existing plan \(no-plan\)/,
    );
    appendFileSync(
      join(io.curatedDir, 'measure_link.csv'),
      'no-such-measure,youth-substance,,decrease\n',
    );
    expect(() => measureLink.build(io)).toThrow(
      /measure_id: must name an existing measure \(no-such-measure\)/,
    );
  });

  it('a measure with an unknown prevention level is rejected', () => {
    const io = copyInputs();
    writeFileSync(
      join(io.curatedDir, 'measure', '999-test.csv'),
      'id,plan_id,goal,title,target_groups,prevention_level,responsible,start_year,due_text,cost_text,status,citation\n' +
        'm-x,p,,Tiltak,youth,universal|primary,,,2025,,unknown,cite\n',
    );
    expect(() => measure.build(io)).toThrow(
      /prevention_level: each part must be one of .* \(primary\)/,
    );
  });

  it('the real inputs pass every rule', () => {
    const io = copyInputs();
    for (const p of [
      geo,
      geoChange,
      theme,
      indicator,
      source,
      observation,
      plan,
      measure,
      measureLink,
    ]) {
      expect(() => p.build(io)).not.toThrow();
    }
  });
});
