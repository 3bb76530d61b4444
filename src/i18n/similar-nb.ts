/** Comparison groups of similar municipalities, KOSTRA groups and rates of counts, bokmål. */
export const similarNb = {
  'similar.refSize': 'Kommuner av samme størrelse',
  'similar.refKostra': '{name} (KOSTRA-gruppe)',
  'similar.size.u2000': 'Kommuner under 2 000 innbyggere',
  'similar.size.2000-4999': 'Kommuner med 2 000–4 999 innbyggere',
  'similar.size.5000-9999': 'Kommuner med 5 000–9 999 innbyggere',
  'similar.size.10000-19999': 'Kommuner med 10 000–19 999 innbyggere',
  'similar.size.20000-49999': 'Kommuner med 20 000–49 999 innbyggere',
  'similar.size.50000-plus': 'Kommuner med 50 000 innbyggere eller flere',
  'similar.method.weighted': 'snitt vektet etter folketall eller antall svar',
  'similar.method.median': 'median',
  'similar.groupValue':
    'Gruppens tall er {method} for {n} av {of} kommuner med tall ({place} er ikke med).',
  'similar.groupSize':
    'Størrelse etter folketallet 1. januar {year} (SSB tabell 07459), i SSBs størrelsesklasser.',
  'similar.groupKostra': 'Medlemmer fra SSBs KOSTRA-gruppering (KLASS 112), importert av deg.',
  'similar.groupSource': 'Kilde for medlemmenes tall: {publishers}.',
  'similar.rate.count': 'Antall',
  'similar.rate.per': 'Per {per}',
  'similar.rate.toggle': 'Vis som',
  'similar.rate.band': 'per {per} innbyggere, {band}',
  'similar.rate.source':
    'Antall: {count}. Folketall: SSB tabell 07459, {band}, 1. januar {year} (året perioden slutter).',
  'similar.rate.noPop': 'Ingen folketall for {year}, så ingen rate for denne perioden.',
  'similar.rate.notJudged':
    'Raten sammenlignes ikke med andre steder her; vurderingen over gjelder antallet.',
  'similar.rate.tableTitle': 'Antall og rate per periode',
  'similar.rate.colPeriod': 'Periode',
  'similar.rate.colCount': 'Antall',
  'similar.rate.colPop': 'Folketall',
  'similar.rate.colRate': 'Rate',
  'similar.kostra.title': 'Kommunegrupper fra KOSTRA (SSB KLASS 112)',
  'similar.kostra.intro':
    'Last ned KOSTRA-grupperingen fra ssb.no/klass (klassifikasjon 112, CSV med semikolon) og velg filen her. Gruppene kan deretter velges under «Sammenlign med» i Oversikt, Trender og Dekning. Gruppens tall regnes ut fra medlemmene som har tall.',
  'similar.kostra.choose': 'Velg KLASS-fil',
  'similar.kostra.read':
    '{file}: {groups} grupper med {members} kommuner lagt til ({shape}). {rejected} linjer utelatt.',
  'similar.kostra.shape.hierarchy': 'gruppe og kommune i samme fil',
  'similar.kostra.shape.correspondence': 'korrespondansetabell kommune → gruppe',
  'similar.kostra.rejected': 'Linje {line}: {reason} ({value})',
  'similar.kostra.reason.no_group': 'ingen gruppe med denne koden',
  'similar.kostra.reason.unknown_municipality': 'ikke et av dagens kommunenummer',
  'similar.kostra.reason.bad_code': 'ikke et kommunenummer',
  'similar.kostra.reason.bad_level': 'ukjent nivå',
  'similar.kostra.notKlass':
    'Filen ser ikke ut som en KLASS-fil (kolonnene code;parentCode;level;name eller sourceCode;…;targetCode).',
  'similar.kostra.kept':
    'Gruppene er lagret i denne nettleseren og lastes inn igjen når siden åpnes på nytt.',
  'similar.kostra.session':
    'Nettleseren ville ikke lagre gruppene: de gjelder bare denne økten; velg filen igjen etter at siden er lastet på nytt.',
  'similar.kostra.list': 'Importerte grupper',
  'similar.kostra.members': '{n} kommuner',
};
