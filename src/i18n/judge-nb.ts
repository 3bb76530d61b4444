/** "Slik vurderer vi": the rules explained in the app, bokmål. */
export const judgeNb = {
  'judge.title': 'Slik vurderer vi',
  'judge.intro':
    'Vi sammenligner kommunens siste tall med referansen du har valgt – landet, fylket eller en sammenligningsgruppe – for samme periode, eller for en periode som slutter høyst {within} år før eller etter (da sier setningen det). Ordene følger Folkehelseinstituttets folkehelsebarometer. Hver vurdering sier begge tallene, perioden og regelen som avgjorde.',
  'judge.wordsTitle': 'Ordene vi bruker',
  'judge.w.certain':
    '«Verre» eller «bedre» enn referansen (▲ ▼): {level} %-intervallet rundt kommunens tall ligger helt over eller under referansens tall. Intervallet kommer fra kilden, eller vi regner det ut når antall svar eller teller og nevner er kjent (Wilson for andeler, eksakt Poisson for rater).',
  'judge.w.possible':
    '«Mulig verre» eller «mulig bedre»: usikkerheten er ukjent, og tallene er minst {tol} fra hverandre. Setningen sier retningen og hvor stor forskjellen er, og at den ikke er bekreftet.',
  'judge.w.neutral':
    '«Høyere» eller «lavere» enn referansen (△ ▽): for nøytrale indikatorer, som legemiddelbruk og antall i tjenestene, er høyere verken bedre eller verre. Vi sier bare hvor tallet ligger, med et hult merke, slik FHI bruker en hvit prikk.',
  'judge.w.noCertain':
    '«Ingen sikker forskjell» (◇): intervallet omfatter referansens tall, selv om tallene er minst {tol} fra hverandre. Vi kaller aldri et tall «som referansen» når regelen bare ikke kunne bekrefte forskjellen.',
  'judge.w.same':
    '«Omtrent som» referansen (≈): tallene er under {tol} fra hverandre. Er de like, står det «samme som».',
  'judge.w.tooFew':
    '«For få til å vurdere»: færre enn {min} svar, eller tallet bygger på {small} tilfeller eller færre (FHIs regel for små tall).',
  'judge.w.cannot':
    '«Kan ikke vurderes»: ingen tall, et skjult tall, ingen tall for referansen i perioden, eller et antall – antall kan ikke sammenlignes mellom steder av ulik størrelse.',
  'judge.example': 'Eksempel fra tallene: {place}, {indicator}. {sentence}',
  'judge.noExample': 'De innebygde tallene har ingen slik vurdering ennå.',
  'judge.loadingExamples': 'Henter eksemplene …',
  'judge.tiersTitle': 'Risikonivå i Oversikt og Dekning',
  'judge.tiersIntro':
    'Hver indikator med tall havner i ett nivå. Dekning viser alt med tall som mangler aktive tiltak, ordnet etter nivå, og ingen slik indikator eller hele tema skjules.',
  'judge.tier': '{tier}: {help}.',
  'judge.trend':
    'Trenden ser på de {k} siste målingene og trekker en rett linje gjennom dem. En endring under {flat} av nivået (eller {points} prosentpoeng for andeler) regnes som stabil. Om høyere er verre eller bedre, bestemmer hva «feil retning» betyr.',
  'judge.measures':
    'Et tiltak er aktivt i et år når det ikke er gjennomført eller avlyst, har startet, og fristen er det året eller senere (eller er løpende). Et tiltak uten egen frist varer til planen slutter. Et tiltak teller for en indikator når det er knyttet til indikatoren eller temaet.',
  'judge.settings':
    'Tersklene er innstillinger: toleranse {tol}, minst {min} svar, mer enn {small} tilfeller, {level} %-intervall og referansetall innen {within} år. Hele regelverket står i docs/how-we-judge.md.',
} as const;
