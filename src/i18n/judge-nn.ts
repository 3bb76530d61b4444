import type { judgeNb } from './judge-nb.ts';

/** "Slik vurderer vi": the rules explained in the app, nynorsk. */
export const judgeNn: Record<keyof typeof judgeNb, string> = {
  'judge.title': 'Slik vurderer vi',
  'judge.intro':
    'Vi samanliknar dei siste tala til kommunen med referansen du har valt – landet, fylket eller ei samanlikningsgruppe – for same periode, eller for ein periode som sluttar høgst {within} år før eller etter (då seier setninga det). Orda følgjer folkehelsebarometeret til Folkehelseinstituttet. Kvar vurdering seier begge tala, perioden og regelen som avgjorde.',
  'judge.wordsTitle': 'Orda vi brukar',
  'judge.w.certain':
    '«Verre» eller «betre» enn referansen (▲ ▼): {level} %-intervallet rundt talet til kommunen ligg heilt over eller under talet til referansen. Intervallet kjem frå kjelda, eller vi reknar det ut når talet på svar eller teljar og nemnar er kjende (Wilson for delar, eksakt Poisson for ratar).',
  'judge.w.possible':
    '«Mogleg verre» eller «mogleg betre»: uvissa er ukjend, og tala er minst {tol} frå kvarandre. Setninga seier retninga og kor stor skilnaden er, og at han ikkje er stadfesta.',
  'judge.w.neutral':
    '«Høgare» eller «lågare» enn referansen (△ ▽): for nøytrale indikatorar, som legemiddelbruk og talet på personar i tenestene, er høgare verken betre eller verre. Vi seier berre kvar talet ligg, med eit holt merke, slik FHI brukar ein kvit prikk.',
  'judge.w.noCertain':
    '«Ingen sikker skilnad» (◇): intervallet omfattar talet til referansen, sjølv om tala er minst {tol} frå kvarandre. Vi kallar aldri eit tal «som referansen» når regelen berre ikkje kunne stadfeste skilnaden.',
  'judge.w.same':
    '«Omtrent som» referansen (≈): tala er under {tol} frå kvarandre. Er dei like, står det «same som».',
  'judge.w.tooFew':
    '«For få til å vurdere»: færre enn {min} svar, eller talet byggjer på {small} tilfelle eller færre (regelen til FHI for små tal).',
  'judge.w.cannot':
    '«Kan ikkje vurderast»: ingen tal, eit skjult tal, ingen tal for referansen i perioden, eller eit tal på personar eller hendingar – slike tal kan ikkje samanliknast mellom stader av ulik storleik.',
  'judge.example': 'Døme frå tala: {place}, {indicator}. {sentence}',
  'judge.noExample': 'Dei innebygde tala har inga slik vurdering enno.',
  'judge.loadingExamples': 'Hentar døma …',
  'judge.tiersTitle': 'Risikonivå i Oversikt og Dekning',
  'judge.tiersIntro':
    'Kvar indikator med tal hamnar i eitt nivå. Dekning viser alt med tal som manglar aktive tiltak, ordna etter nivå, og ingen slik indikator eller heile tema blir skjulte.',
  'judge.tier': '{tier}: {help}.',
  'judge.trend':
    'Trenden ser på dei {k} siste målingane og trekkjer ei rett line gjennom dei. Ei endring under {flat} av nivået (eller {points} prosentpoeng for delar) blir rekna som stabil. Om høgare er verre eller betre, avgjer kva «feil retning» tyder.',
  'judge.measures':
    'Eit tiltak er aktivt i eit år når det ikkje er gjennomført eller avlyst, har starta, og fristen er det året eller seinare (eller er løpande). Eit tiltak utan eigen frist varer til planen sluttar. Eit tiltak tel for ein indikator når det er knytt til indikatoren eller temaet.',
  'judge.settings':
    'Tersklane er innstillingar: toleranse {tol}, minst {min} svar, meir enn {small} tilfelle, {level} %-intervall og referansetal innan {within} år. Heile regelverket står i docs/how-we-judge.md.',
};
