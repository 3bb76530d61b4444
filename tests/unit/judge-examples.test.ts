import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { verdictSentence } from '../../src/i18n/risk-text.ts';
import {
  JUDGE_EXAMPLES,
  loadJudgeExamples,
  type LoadedExample,
} from '../../src/queries/judge-examples.ts';
import { tierOf } from '../../src/domain/coverage/tiers.ts';

/** Text with every run of white space (line breaks, no-break spaces) as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const ROOT = new URL('../..', import.meta.url).pathname;
let db: NodeConnector;
let loaded: LoadedExample[];
beforeAll(async () => {
  db = await NodeConnector.open(join(ROOT, 'data'));
  loaded = await loadJudgeExamples(db);
});
afterAll(() => db.close());

describe('the examples in "Slik vurderer vi" are real', () => {
  it('every example has the verdict, basis and tier it is shown for, on the embedded data', () => {
    expect(loaded).toHaveLength(JUDGE_EXAMPLES.length);
    for (const x of loaded) {
      const label = `${x.example.geo} ${x.example.indicator}`;
      expect(x.verdict, label).not.toBeNull();
      expect(x.verdict?.verdict, label).toBe(x.example.verdict);
      expect(x.verdict?.basis, label).toBe(x.example.basis);
      expect(x.verdict && tierOf(x.verdict), label).toBe(x.example.tier);
    }
  });

  it('docs/how-we-judge.md quotes each example as the app words it, in bokmål and English', () => {
    const docs = flat(readFileSync(join(ROOT, 'docs/how-we-judge.md'), 'utf8'));
    for (const x of loaded) {
      if (!x.verdict) continue;
      expect(docs).toContain(flat(verdictSentence(x.verdict, 'nb')));
      expect(docs).toContain(flat(verdictSentence(x.verdict, 'en')));
    }
  });

  it('the README quotes each example as the app words it in English', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    for (const x of loaded)
      if (x.verdict) expect(readme).toContain(verdictSentence(x.verdict, 'en'));
  });
});
