/** Importrapporten på bokmål: alle kodene i src/ingest/messages.ts, typene og formatene. */
import type { IngestWords } from './ingest-words.ts';

/** Labels of the Data view's import report (plain `{name}` messages, merged in i18n.ts). */
export const ingestNb = {
  'ingest.counts':
    '{read} lest, {kept} beholdt, {rejected} avvist, {dropped} utelatt (pseudoregioner), {unreadable} kunne ikke leses; {duplicates} av de avviste er duplikater',
  'ingest.unreadable': 'Linjer som ikke kunne leses',
  'ingest.notes': 'Slik ble filen lest',
  'ingest.title': 'Tittel i filen',
  'ingest.layout': 'Tabell',
  'ingest.layoutLine': 'overskriftsrad på linje {line}',
  'revised.title': 'Tall utgiveren har revidert ({n})',
  'revised.intro':
    'Disse tallene fantes fra før med en annen verdi eller status; importen har erstattet dem med de nye. Sjekk dem mot dokumenter som siterer de gamle tallene.',
  'revised.more': 'Viser de første {shown} av {n}.',
  'revised.indicator': 'Indikator',
  'revised.place': 'Sted',
  'revised.period': 'Periode',
  'revised.breakdown': 'Kjønn og alder',
  'revised.old': 'Før',
  'revised.new': 'Nå',
  'revised.source': 'Tidligere kilde',
  'shares.legend': 'Er andelene brøker?',
  'shares.question':
    'Andelene i {names} ligger alle mellom 0 og 1 (største verdi {max}). Hvis filen gir andeler som brøker, betyr 0,057 5,7 %. Svar før du legger til tallene; vi ganger aldri med 100 uten å spørre.',
  'shares.fraction': 'Brøker: gang med 100 (0,057 blir 5,7 %)',
  'shares.percent': 'Prosent: behold tallene som de står (0,057 blir 0,057 %)',
  'shares.unanswered': 'Svar på spørsmålet om andelene før du legger til tallene.',
} as const;

/** The contract's rules (src/domain/validate.ts) in bokmål. */
const RULES: Record<string, string> = {
  'is required': 'må fylles ut',
  'must be a whole number': 'må være et heltall',
  'must be a number': 'må være et tall',
  'must be 0, two or four digits, or G-name': 'må være 0, to eller fire sifre, eller G-navn',
  'must differ from old_code': 'må være ulik old_code',
  'must be lower-case kebab-case': 'må skrives med små bokstaver og bindestrek',
  'must not be before period_from': 'kan ikke være før period_from',
  'is required when status is ok': 'må fylles ut når status er ok',
  'must be empty when status is suppressed or missing (never 0)':
    'må være tom når status er skjult eller mangler (aldri 0)',
  'must not exceed value': 'kan ikke være større enn verdien',
  'must not be below value': 'kan ikke være mindre enn verdien',
  'must not be negative': 'kan ikke være negativ',
  'must be 64 hex digits': 'må være 64 heksadesimale sifre',
  'a percent must lie in 0–100': 'en prosent må ligge mellom 0 og 100',
  'a count must be a whole number': 'et antall må være et heltall',
};

function ruleNb(rule: string): string {
  const exact = RULES[rule];
  if (exact) return exact;
  return rule
    .replace(/^each part must be one of (.*)$/, 'hver del må være en av $1')
    .replace(/^must be one of (.*)$/, 'må være en av $1')
    .replace(/^must be a year between (\d+) and (\d+)$/, 'må være et år mellom $1 og $2');
}

export const ingestWordsNb: IngestWords = {
  locale: 'nb-NO',
  templates: {
    range: 'linje {from}–{to} ({lines} {lines|linje|linjer}): {reason}',
    summary:
      '{read} lest = {kept} beholdt + {rejected} avvist + {dropped} utelatt + {unreadable} uleselige',
  },
  formats: {
    'fhi-csv': 'FHI statistikkbank / Kommunehelsa (CSV)',
    jsonstat2: 'JSON-stat 2.0 (SSB PxWebApi, FHI)',
    'ssb-csv': 'SSB Statistikkbanken (CSV)',
    'names-table': 'Tabell med stedsnavn (FHI/Ungdata)',
    brukerplan: 'Brukerplan-sammendrag (vår mal)',
    staffing: 'Bemanning, årsverk (vår mal)',
    'generic-long': 'Generell lang CSV (våre kolonnenavn)',
    'column-mapping': 'Hvilken som helst tabell, med kolonnekobling',
  },
  kinds: {
    file: 'Filen kan ikke leses',
    'ragged-row': 'Feil antall felt',
    'unknown-indicator': 'Ukjent indikator',
    'unknown-place': 'Ukjent sted',
    'bad-period': 'Ugyldig periode',
    'bad-sex': 'Ugyldig kjønn',
    'bad-age': 'Ugyldig alder',
    'bad-number': 'Ugyldig tall',
    'not-a-number': 'Ikke et tall',
    'bad-flag': 'Ugyldig flagg',
    'bad-status': 'Ugyldig status',
    invalid: 'Ugyldig',
    duplicate: 'Duplikat',
    'orphan-measure': 'Tall uten tilhørende rad',
    'bad-group': 'Ugyldig gruppe',
    'shares-do-not-add-up': 'Andelene summerer ikke',
    unreadable: 'Linjer som ikke kan leses',
    place: 'Sted',
    number: 'Tall',
    population: 'Befolkning',
    mapping: 'Kolonnekobling',
    note: 'Merknad',
    word: 'Ord',
  },
  rule: ruleNb,
  codes: {
    'file.empty': 'filen er tom',
    'file.binary': 'filen er ikke tekst (binært innhold); eksporter den som CSV eller JSON',
    'file.too-large':
      'filen er {size:mb}, mer enn nettleseren leser ({limit:mb}); del den i mindre filer, eller importer den på kommandolinjen (npm run ingest), som leser filer av alle størrelser',
    'file.json-too-large':
      'JSON-filen er {size:mb}; JSON leses i sin helhet, opptil {limit:mb}: be om et mindre utvalg, eller om CSV',
    'file.bad-json': 'ikke gyldig JSON: {detail}',
    'file.no-columns':
      'fant ingen kolonner: filen er ikke en tabell delt med semikolon, komma eller tabulator',
    'file.mixed-separators':
      'blandede skilletegn: første linje er delt med {header}, men radene med {rows}; lagre filen på nytt med ett skilletegn',
    'file.preamble-too-long':
      'tabellen begynner på linje {line}, under {lines} linjer med titler og merknader; høyst {limit} linjer over overskriftsraden leses: slett linjene over overskriftsraden og les filen på nytt',
    'file.header-wider':
      'overskriftsraden har {header} kolonner, én mer enn radene ({rows}): et navn uten kolonne, eller en kolonne som mangler i alle rader; rett overskriftsraden og les filen på nytt',
    'file.header-narrower':
      'overskriftsraden har {header} kolonner, én færre enn radene ({rows}): en kolonne uten navn; gi alle kolonnene navn i overskriftsraden og les filen på nytt',
    'file.header-unreadable': 'overskriftsraden kan ikke leses{why?: }{why}',
    'file.no-data-rows': 'ingen datarader: filen har en overskriftsrad, men ingen rader under den',
    'file.format-not-recognised':
      'formatet ble ikke gjenkjent: velg hvilken kolonne som er hva (kolonnekobling), eller bruk den generelle lange CSV-malen',
    'file.sep-unsupported':
      'første linje sier at skilletegnet er «{sep}»; bare semikolon, komma og tabulator leses',
    'file.internal': 'intern feil under lesingen: {detail}',
    'file.needs-csv': '{format:format} krever en CSV-fil, ikke JSON',
    'file.fhi-columns': 'en FHI-fil må ha kolonnene GEO og AAR',
    'file.no-figure-column': 'ingen kolonne med tall: ventet en av {expected}',
    'file.ssb-region': 'en SSB-tabell må ha en regionkolonne',
    'file.ssb-long-value': 'en SSB-tabell i lang form må ha en verdikolonne',
    'file.ssb-value-columns':
      'ingen verdikolonner: ventet overskrifter som «Personer 2021» eller en årskolonne',
    'file.names-columns': 'en tabell med stedsnavn må ha en kolonne for sted, år og verdi',
    'file.brukerplan-columns': 'Brukerplan-malen må ha kolonnene kommune og år',
    'file.staffing-columns': 'bemanningsmalen må ha kolonnene kommune og år',
    'file.staffing-figures': 'bemanningsmalen må ha årsverk, per_10000 eller per_1000',
    'file.mapping-missing': 'velg hvilken kolonne som er hva (kolonnekobling)',
    'file.mapping-does-not-fit': 'kolonnekoblingen passer ikke til filen: {problems:semi}',
    'file.no-indicator':
      'ingen indikator: filen har ingen indikatorkolonne; velg hvilken indikator tallene hører til',
    'file.jsonstat-category': 'JSON-stat: dimensjonen {dimension} har ingen category',
    'file.jsonstat-index': 'JSON-stat: dimensjonen {dimension} har en ugyldig indeks for {code}',
    'file.jsonstat-id-size': 'JSON-stat: id og size stemmer ikke overens',
    'file.jsonstat-categories':
      'JSON-stat: dimensjonen {dimension} har {categories} kategorier, size sier {size}',
    'file.jsonstat-value-count': 'JSON-stat: value har {entries} verdier, size sier {size}',
    'file.jsonstat-no-value': 'JSON-stat: value mangler',
    'file.jsonstat-no-geo': 'JSON-stat: ingen geografisk dimensjon (role.geo)',
    'file.jsonstat-no-time': 'JSON-stat: ingen tidsdimensjon (role.time)',
    'ragged-row.fields': 'raden har {fields} felt, overskriftsraden har {width}',
    'ragged-row.lines':
      'linje {from}–{to} ble lest som én rad med {fields} felt (overskriftsraden har {width}): trolig et anførselstegn som ikke er lukket; ingen av linjene er brukt',
    'unknown-indicator.none': 'leseren oppga ingen indikator',
    'unknown-indicator.empty': 'indikatorcellen er tom',
    'unknown-indicator.not-an-id':
      'indicator_id må være en id med små bokstaver, som ungdata-bullied ({value})',
    'unknown-indicator.invalid-id': '{id} er ikke en gyldig id (små bokstaver, sifre, - . _)',
    'unknown-indicator.no-unit':
      '{id} er ikke en kjent indikator, og filen oppgir ingen enhet å opprette den med',
    'unknown-indicator.cannot-create': 'kan ikke opprette {id}: {column} {rule:rule} ({value})',
    'unknown-place.row': '{place} ({why})',
    'bad-period.row': '{value} er ikke et år eller en periode av år (2015, 2013_2015)',
    'bad-sex.row': '{value} (bruk all, male eller female; eller 0, 1, 2)',
    'bad-age.row': '{value} (bruk all, 0_74, 18_plus, grade_8_10, vgs …)',
    'bad-number.value': 'verdien, {why}',
    'bad-number.column': '{column}, {why}',
    'bad-number.ok-without-value': 'status er ok, men verdien er tom eller et symbol',
    'not-a-number.json': 'en verdi i JSON-filen er verken et tall eller null',
    'bad-flag.row': 'SPVFLAGG {value} er ikke 0, 1, 2 eller 3',
    'bad-status.row': '{value} (bruk ok, suppressed eller missing)',
    'invalid.row': '{column} {rule:rule} ({value})',
    'duplicate.row': 'samme indikator, sted, periode, kjønn og alder som rad {first}',
    'duplicate.conflict':
      'samme indikator, sted, periode, kjønn og alder som rad {first}, men et annet tall: {value} her, {firstValue} på rad {first} (tallet på rad {first} er beholdt)',
    'orphan-measure.row':
      'ingen tall med samme sted, år, kjønn og alder for denne verdien ({role})',
    'bad-group.brukerplan': 'gruppe må være rus eller psykisk ({value})',
    'bad-group.staffing': 'målgruppe må være voksne eller barn ({value})',
    'shares-do-not-add-up.row': 'grønn, gul og rød for {area} blir {sum} til sammen, ikke 100',
    'unreadable.unclosed-quote':
      'et anførselstegn åpnet på linje {line} lukkes aldri; se på den cellen og les filen på nytt',
    'unreadable.too-long': 'en post lengre enn {limit} tegn (et anførselstegn som ikke er lukket?)',
    'place.empty': 'stedet er tomt',
    'place.too-long': 'stedsteksten er for lang',
    'place.pseudo': 'ikke en kommune, et fylke eller Norge',
    'place.not-a-code': '{code} er ikke et kommune- eller fylkesnummer',
    'place.not-a-county': '{code} er ikke et fylkesnummer',
    'place.split':
      'nummer {code} ble delt (i {into}); tallene kan ikke føres over til ett sted{hint}',
    'place.merged':
      'nummer {code} ble slått sammen med {with} til {into} i {year}; tallet for én av delene er ikke tallet for hele stedet, så det føres ikke over{hint}',
    'place.merged-today': '; bruk tall for dagens {name} ({code})',
    'place.leads-nowhere':
      'nummer {code} fører gjennom geo_change til {to}, som ikke er et sted i dag{hint}',
    'place.not-today':
      'nummer {code} er ikke et sted i dag, og geo_change fører det ikke videre{hint}',
    'place.today-is-named': '; dagens {name} er {code}',
    'place.today-is':
      '; dagens {name} er {code} — legg endringen inn i geo_change for å føre det over',
    'place.ambiguous-name': 'navnet {name} passer på flere steder ({places}); bruk nummeret',
    'place.no-such-name': 'ingen kommune eller fylke i dag heter {name}',
    'number.out-of-range': 'tallet er utenfor gyldig område',
    'number.too-large': 'urimelig stort tall (mer enn 10^15)',
    'number.ambiguous': 'tvetydig tall (flere komma): {value}',
    'number.not-a-number': 'ikke et tall: {value}',
    'mapping.not-an-object': 'koblingen er ikke et objekt',
    'mapping.not-a-name': '{field} må være et kolonnenavn',
    'mapping.no-column': '{field}: filen har ingen kolonne som heter «{name}»',
    'mapping.place': 'sted: velg hvilken kolonne som har stedet',
    'mapping.value': 'verdi: velg hvilken kolonne som har tallet',
    'mapping.period': 'periode: velg hvilken kolonne som har perioden, eller oppgi en fast periode',
    'mapping.indicator':
      'indikator: velg hvilken kolonne som navngir indikatoren, eller oppgi en indikator-id',
    'mapping.unit': 'enheten må være en av {units:pipe}',
    'mapping.source-kind': 'sourceKind må være en av {kinds:pipe}',
    'note.multiline-records':
      '{count} rad(er) går over flere linjer fordi et felt i anførselstegn har linjeskift, først linje {from}–{to}: sjekk at ingen rad er slukt av et anførselstegn som ikke er lukket',
    'note.read-as-asked':
      'lest som {format:format}, slik du valgte, selv om filen ikke ser ut som det formatet',
    'note.group-added': 'sammenligningsgruppen {code} ({name}) er lagt til stedene',
    'note.population-table':
      'SSB-tabell 07459: {figures} tall for alle aldre eller befolkningens egne aldersgrupper er lest som den innebygde befolkningen',
    'note.population-summed':
      'SSB-tabell 07459: {figures} tall for ettårige aldre (0 til {top} år eller eldre) er lagt sammen til aldersgruppene i den innebygde befolkningen (alle aldre, 0–17, 13–19, 18+, 0–74, 67+ og 80+ år) for {groups} {groups|kombinasjon|kombinasjoner} av sted, år og kjønn, slik befolkningen ble bygd',
    'note.population-not-summed':
      'SSB-tabell 07459: aldrene er ikke lagt sammen til befolkningens aldersgrupper fordi linje {line} {why}; tallene er lest som en egen indikator',
    'population.age': 'har en alder som ikke er ett år eller en åpen øvre alder: {value}',
    'population.age-twice': 'gir alderen {value} en gang til for samme sted, år og kjønn',
    'population.persons': 'har ikke et helt antall personer, men {value}',
    'population.missing': 'hører til et sted, år og kjønn som mangler alderen {value} år',
    'population.no-top':
      'hører til et sted, år og kjønn uten den samme åpne øvre alderen som de andre (som «105 år eller eldre»)',
    'note.carried':
      '{place} ført over til {to} gjennom geo_change ({chain:arrow}): {rows} {rows|rad|rader}',
    'note.dropped':
      '{place} utelatt (ikke en kommune, et fylke eller Norge): {rows} {rows|rad|rader}',
    'note.unit-ignored': 'enheten {unit} for {indicator} er ikke en av {units}; den er ikke brukt',
    'note.unit-differs':
      'filen oppgir {name} som {unit}; indikatoren {id} har {known}, og den enheten er brukt',
    'note.indicator-created':
      'indikatoren {id} er opprettet: enhet {unit}{guessed? (gjettet: filen sier det ikke; sjekk den)}, tema {theme}',
    'note.county-and-municipality':
      '{name} er både et fylke og en kommune; lest som kommunen {code}',
    'note.sep-line':
      'første linje er Excels sep=-linje: skilletegnet er {sep}; linjen er ikke en del av tabellen',
    'note.preamble':
      'overskriftsraden er på linje {line}: {lines} {lines|linje|linjer} over den er lest som tittel og merknader (høyst {limit} leses)',
    'note.header-trailing-separator':
      'overskriftsraden slutter med et skilletegn: den tomme siste kolonnen er utelatt',
    'note.rows-trailing-separator':
      'radene slutter med et skilletegn (ett tomt felt mer enn overskriftsraden): det tomme feltet er utelatt',
    'note.fractions-suspected':
      'andelene i {id} ligger alle mellom 0 og 1 (størst {max}, {n} tall): er de brøker (0,057 = 5,7 %)? De er lest som de står til du svarer',
    'note.fractions-scaled': 'andelene er lest som brøker og ganget med 100, slik du valgte',
    'note.line-endings':
      'filen blander linjeskift ({kinds}); hvert av dem leses som slutten på en linje',
    'word.semicolon': 'semikolon (;)',
    'word.comma': 'komma (,)',
    'word.tab': 'tabulator',
    'word.area.housing': 'bolig',
    'word.area.work-activity': 'arbeid og meningsfull aktivitet',
    'word.area.finances': 'økonomi',
    'word.area.physical-health': 'fysisk helse',
    'word.area.mental-health': 'psykisk helse',
    'word.area.substance-use': 'rusmiddelbruk',
    'word.area.social-functioning': 'sosial fungering',
    'word.area.network': 'nettverk',
    'word.role.ciLow': 'nedre grense',
    'word.role.ciHigh': 'øvre grense',
    'word.role.respondents': 'antall svar',
    'word.empty': '(tom)',
    'word.suppressed': 'skjermet',
    'word.missing': 'uten tall',
  },
};
