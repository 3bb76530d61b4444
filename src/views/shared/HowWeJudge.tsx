import { useState } from 'react';
import { TIER_STYLE, verdictIcon } from '../../charts/verdict-style.ts';
import { TIERS, type Tier } from '../../domain/coverage/tiers.ts';
import { confidenceLevel } from '../../domain/intervals.ts';
import { DEFAULT_RISK_SETTINGS as S } from '../../domain/risk/settings.ts';
import { tierHelp, tierLabel } from '../../i18n/coverage-text.ts';
import { formatValue } from '../../i18n/format.ts';
import { useT, type Lang, type MessageKey } from '../../i18n/i18n.ts';
import { verdictSentence } from '../../i18n/risk-text.ts';
import {
  loadJudgeExamples,
  type JudgeExample,
  type LoadedExample,
} from '../../queries/judge-examples.ts';
import { useLoad } from '../../state/useLoad.ts';

/** Which examples show each word: by the verdict (and basis) the data gives them. */
const WORDS: { key: MessageKey; shows: (e: JudgeExample) => boolean }[] = [
  {
    key: 'judge.w.certain',
    shows: (e) => (e.verdict === 'worse' || e.verdict === 'better') && e.basis === 'interval',
  },
  {
    key: 'judge.w.possible',
    shows: (e) => (e.verdict === 'worse' || e.verdict === 'better') && e.basis === 'difference',
  },
  { key: 'judge.w.neutral', shows: (e) => e.verdict === 'higher' || e.verdict === 'lower' },
  { key: 'judge.w.noCertain', shows: (e) => e.verdict === 'no_certain_difference' },
  { key: 'judge.w.same', shows: (e) => e.verdict === 'about_same' },
  { key: 'judge.w.tooFew', shows: (e) => e.verdict === 'too_few' },
  { key: 'judge.w.cannot', shows: (e) => e.verdict === 'cannot_judge' },
];

/** The rule's numbers as the texts quote them. */
function ruleVars(lang: Lang) {
  return {
    tol: formatValue(S.tolerance * 100, 'percent', lang),
    flat: formatValue(S.flatRelative * 100, 'percent', lang),
    points: S.flatPoints,
    min: S.minRespondents,
    small: S.smallNumerator,
    level: Math.round(confidenceLevel(S.z)),
    within: S.referenceWithinYears,
    k: S.trendWindow,
  };
}

function Examples({ list }: { list: LoadedExample[] }) {
  const { t, lang } = useT();
  if (list.length === 0) return <p className="muted">{t('judge.noExample')}</p>;
  return (
    <>
      {list.map((x) => (
        <p key={`${x.example.geo}-${x.example.indicator}`} className="muted judge-example">
          {x.verdict && <span aria-hidden="true">{verdictIcon(x.verdict)} </span>}
          {t('judge.example', {
            place: x.placeName,
            indicator: lang === 'en' ? x.indicatorName.en : x.indicatorName.nb,
            sentence: x.verdict ? verdictSentence(x.verdict, lang) : '',
          })}
        </p>
      ))}
    </>
  );
}

/** The words, tiers and thresholds, each word and tier with a real example from the embedded data. */
function JudgeBody() {
  const { t, lang } = useT();
  const load = useLoad((db) => loadJudgeExamples(db), 'judge-examples');
  const vars = ruleVars(lang);
  const all = load.data ?? [];
  const tierExample = (tier: Tier) => all.filter((x) => x.example.tier === tier).slice(0, 1);
  return (
    <div data-load={load.status} data-testid="how-we-judge-body">
      <p>{t('judge.intro', vars)}</p>
      {load.status === 'loading' && <p className="muted">{t('judge.loadingExamples')}</p>}
      <h4>{t('judge.wordsTitle')}</h4>
      <ul className="judge-list">
        {WORDS.map((w) => (
          <li key={w.key}>
            <p>{t(w.key, vars)}</p>
            {load.data && <Examples list={all.filter((x) => w.shows(x.example))} />}
          </li>
        ))}
      </ul>
      <h4>{t('judge.tiersTitle')}</h4>
      <p>{t('judge.tiersIntro')}</p>
      <ul className="judge-list">
        {TIERS.map((tier) => (
          <li key={tier}>
            <p>
              <span aria-hidden="true" style={{ color: TIER_STYLE[tier].color }}>
                {TIER_STYLE[tier].icon}{' '}
              </span>
              {t('judge.tier', { tier: tierLabel(tier, lang), help: tierHelp(tier, lang) })}
            </p>
            {load.data && <Examples list={tierExample(tier)} />}
          </li>
        ))}
      </ul>
      <p>{t('judge.trend', vars)}</p>
      <p>{t('judge.measures')}</p>
      <p>{t('judge.settings', vars)}</p>
    </div>
  );
}

/** The risk rules in plain words, as a disclosure panel; the examples load when it opens. */
export function HowWeJudge() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="panel how-we-judge"
      data-testid="how-we-judge"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('judge.title')}</summary>
      {open && <JudgeBody />}
    </details>
  );
}
