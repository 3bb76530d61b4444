import type { similarNb } from './similar-nb.ts';

/** Comparison groups of similar municipalities, KOSTRA groups and rates of counts, nynorsk. */
export const similarNn: Record<keyof typeof similarNb, string> = {
  'similar.refSize': 'Kommunar av same storleik',
  'similar.refKostra': '{name} (KOSTRA-gruppe)',
  'similar.size.u2000': 'Kommunar under 2 000 innbyggjarar',
  'similar.size.2000-4999': 'Kommunar med 2 000–4 999 innbyggjarar',
  'similar.size.5000-9999': 'Kommunar med 5 000–9 999 innbyggjarar',
  'similar.size.10000-19999': 'Kommunar med 10 000–19 999 innbyggjarar',
  'similar.size.20000-49999': 'Kommunar med 20 000–49 999 innbyggjarar',
  'similar.size.50000-plus': 'Kommunar med 50 000 innbyggjarar eller fleire',
  'similar.method.weighted': 'snitt vekta etter folketal eller tal på svar',
  'similar.method.median': 'median',
  'similar.groupValue':
    'Talet for gruppa er {method} for {n} av {of} kommunar med tal ({place} er ikkje med).',
  'similar.groupSize':
    'Storleik etter folketalet 1. januar {year} (SSB tabell 07459), i storleiksklassane til SSB.',
  'similar.groupKostra': 'Medlemmer frå KOSTRA-grupperinga til SSB (KLASS 112), importert av deg.',
  'similar.groupSource': 'Kjelde for tala til medlemmene: {publishers}.',
  'similar.rate.count': 'Tal',
  'similar.rate.per': 'Per {per}',
  'similar.rate.toggle': 'Vis som',
  'similar.rate.band': 'per {per} innbyggjarar, {band}',
  'similar.rate.source':
    'Tal: {count}. Folketal: SSB tabell 07459, {band}, 1. januar {year} (året perioden sluttar).',
  'similar.rate.noPop': 'Ikkje folketal for {year}, så ingen rate for denne perioden.',
  'similar.rate.notJudged':
    'Raten blir ikkje samanlikna med andre stader her; vurderinga over gjeld talet.',
  'similar.rate.tableTitle': 'Tal og rate per periode',
  'similar.rate.colPeriod': 'Periode',
  'similar.rate.colCount': 'Tal',
  'similar.rate.colPop': 'Folketal',
  'similar.rate.colRate': 'Rate',
  'similar.kostra.title': 'Kommunegrupper frå KOSTRA (SSB KLASS 112)',
  'similar.kostra.intro':
    'Last ned KOSTRA-grupperinga frå ssb.no/klass (klassifikasjon 112, CSV med semikolon) og vel fila her. Gruppene kan då veljast under «Samanlikn med» i Oversikt, Trender og Dekning. Talet for gruppa blir rekna ut frå medlemmene som har tal.',
  'similar.kostra.choose': 'Vel KLASS-fil',
  'similar.kostra.read':
    '{file}: {groups} grupper med {members} kommunar lagde til ({shape}). {rejected} liner utelatne.',
  'similar.kostra.shape.hierarchy': 'gruppe og kommune i same fil',
  'similar.kostra.shape.correspondence': 'korrespondansetabell kommune → gruppe',
  'similar.kostra.rejected': 'Line {line}: {reason} ({value})',
  'similar.kostra.reason.no_group': 'inga gruppe med denne koden',
  'similar.kostra.reason.unknown_municipality': 'ikkje eitt av dagens kommunenummer',
  'similar.kostra.reason.bad_code': 'ikkje eit kommunenummer',
  'similar.kostra.reason.bad_level': 'ukjend nivå',
  'similar.kostra.notKlass':
    'Fila ser ikkje ut som ei KLASS-fil (kolonnane code;parentCode;level;name eller sourceCode;…;targetCode).',
  'similar.kostra.kept':
    'Gruppene er lagra i denne nettlesaren og blir lasta inn att når sida blir opna på nytt.',
  'similar.kostra.session':
    'Nettlesaren ville ikkje lagre gruppene: dei gjeld berre denne økta; vel fila på nytt etter at sida er lasta om.',
  'similar.kostra.list': 'Importerte grupper',
  'similar.kostra.members': '{n} kommunar',
};
