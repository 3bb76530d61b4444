import type { judgeNb } from './judge-nb.ts';

/** "How we judge": the rules explained in the app, English. */
export const judgeEn: Record<keyof typeof judgeNb, string> = {
  'judge.title': 'How we judge',
  'judge.intro':
    'We compare the municipality’s latest figure with the reference you chose – Norway, the county or a comparison group – for the same period, or for a period ending at most {within} year before or after (the sentence then says so). The words follow the Norwegian Institute of Public Health’s public-health barometer. Every judgement names both figures, the period and the rule that decided.',
  'judge.wordsTitle': 'The words we use',
  'judge.w.certain':
    '“Worse” or “better” than the reference (▲ ▼): the {level}% interval around the municipality’s figure lies wholly above or below the reference’s figure. The interval comes from the source, or we compute it when the number of answers or the numerator and denominator are known (Wilson for shares, exact Poisson for rates).',
  'judge.w.possible':
    '“Possibly worse” or “possibly better”: the uncertainty is unknown, and the figures are at least {tol} apart. The sentence gives the direction and size of the difference, and says it is not confirmed.',
  'judge.w.neutral':
    '“Higher” or “lower” than the reference (△ ▽): for neutral indicators, such as medication use and counts in the services, higher is neither better nor worse. We only say where the figure lies, with a hollow mark, as FHI uses a white dot.',
  'judge.w.noCertain':
    '“No certain difference” (◇): the interval includes the reference’s figure, although the figures are at least {tol} apart. We never call a figure “like the reference” when the rule merely could not confirm the difference.',
  'judge.w.same':
    '“About the same as” the reference (≈): the figures are less than {tol} apart. When they are equal, it says “the same as”.',
  'judge.w.tooFew':
    '“Too few to judge”: fewer than {min} answers, or the figure rests on {small} cases or fewer (FHI’s rule for small numbers).',
  'judge.w.cannot':
    '“Cannot be judged”: no figure, a hidden figure, no figure for the reference in the period, or a count – counts cannot be compared between places of different size.',
  'judge.example': 'Example from the figures: {place}, {indicator}. {sentence}',
  'judge.noExample': 'The embedded figures have no such judgement yet.',
  'judge.loadingExamples': 'Fetching the examples …',
  'judge.tiersTitle': 'Risk tiers in Overview and Coverage',
  'judge.tiersIntro':
    'Every indicator with figures falls in one tier. Coverage lists everything with figures that lacks active measures, ordered by tier, and no such indicator or whole theme is hidden.',
  'judge.tier': '{tier}: {help}.',
  'judge.trend':
    'The trend uses the last {k} figures and fits a straight line through them. A change under {flat} of the level (or {points} percentage point for shares) counts as stable. Whether higher is worse or better decides what “moving the wrong way” means.',
  'judge.measures':
    'A measure is active in a year when it is not done or cancelled, has started, and is due that year or later (or is ongoing). A measure with no deadline of its own runs until its plan ends. A measure counts for an indicator when it is linked to the indicator or its theme.',
  'judge.settings':
    'The thresholds are settings: tolerance {tol}, at least {min} answers, more than {small} cases, a {level}% interval and reference figures within {within} year. The full rules are in docs/how-we-judge.md.',
};
