/** Importrapporten på nynorsk: alle kodane i src/ingest/messages.ts, typane og formata. */
import type { ingestNb } from './ingest-nb.ts';
import type { IngestWords } from './ingest-words.ts';
import { localeOf } from './lang.ts';

/** Labels of the Data view's import report (plain `{name}` messages, merged in i18n.ts). */
export const ingestNn: Record<keyof typeof ingestNb, string> = {
  'ingest.counts':
    '{read} lesne, {kept} haldne på, {rejected} avviste, {dropped} utelatne (pseudoregionar), {unreadable} kunne ikkje lesast; {duplicates} av dei avviste er duplikat',
  'ingest.unreadable': 'Liner som ikkje kunne lesast',
  'ingest.notes': 'Slik vart fila lesen',
  'ingest.title': 'Tittel i fila',
  'ingest.layout': 'Tabell',
  'ingest.layoutLine': 'overskriftsrad på line {line}',
  'revised.title': 'Tal utgivaren har revidert ({n})',
  'revised.intro':
    'Desse tala fanst frå før med ein annan verdi eller status; importen har bytt dei ut med dei nye. Sjekk dei mot dokument som siterer dei gamle tala.',
  'revised.more': 'Viser dei første {shown} av {n}.',
  'revised.indicator': 'Indikator',
  'revised.place': 'Stad',
  'revised.period': 'Periode',
  'revised.breakdown': 'Kjønn og alder',
  'revised.old': 'Før',
  'revised.new': 'No',
  'revised.source': 'Tidlegare kjelde',
  'shares.legend': 'Er delane brøkar?',
  'shares.question':
    'Delane i {names} ligg alle mellom 0 og 1 (største verdi {max}). Viss fila gir delar som brøkar, tyder 0,057 5,7 %. Svar før du legg til tala; vi gongar aldri med 100 utan å spørje.',
  'shares.fraction': 'Brøkar: gong med 100 (0,057 blir 5,7 %)',
  'shares.percent': 'Prosent: behald tala slik dei står (0,057 blir 0,057 %)',
  'shares.unanswered': 'Svar på spørsmålet om delane før du legg til tala.',
};

/** The contract's rules (src/domain/validate.ts) in nynorsk. */
const RULES: Record<string, string> = {
  'is required': 'må fyllast ut',
  'must be a whole number': 'må vere eit heiltal',
  'must be a number': 'må vere eit tal',
  'must be 0, two or four digits, or G-name': 'må vere 0, to eller fire siffer, eller G-namn',
  'must differ from old_code': 'må vere ulik old_code',
  'must be lower-case kebab-case': 'må skrivast med små bokstavar og bindestrek',
  'must not be before period_from': 'kan ikkje vere før period_from',
  'is required when status is ok': 'må fyllast ut når status er ok',
  'must be empty when status is suppressed or missing (never 0)':
    'må vere tom når status er skjult eller manglar (aldri 0)',
  'must not exceed value': 'kan ikkje vere større enn verdien',
  'must not be below value': 'kan ikkje vere mindre enn verdien',
  'must not be negative': 'kan ikkje vere negativ',
  'must be 64 hex digits': 'må vere 64 heksadesimale siffer',
  'a percent must lie in 0–100': 'ein prosent må liggje mellom 0 og 100',
  'a count must be a whole number': 'eit tal på personar eller hendingar må vere eit heiltal',
};

function ruleNn(rule: string): string {
  const exact = RULES[rule];
  if (exact) return exact;
  return rule
    .replace(/^each part must be one of (.*)$/, 'kvar del må vere ein av $1')
    .replace(/^must be one of (.*)$/, 'må vere ein av $1')
    .replace(/^must be a year between (\d+) and (\d+)$/, 'må vere eit år mellom $1 og $2');
}

export const ingestWordsNn: IngestWords = {
  locale: localeOf('nn'),
  templates: {
    range: 'line {from}–{to} ({lines} {lines|line|liner}): {reason}',
    summary:
      '{read} lesne = {kept} haldne på + {rejected} avviste + {dropped} utelatne + {unreadable} ulesbare',
  },
  formats: {
    'fhi-csv': 'FHI statistikkbank / Kommunehelsa (CSV)',
    jsonstat2: 'JSON-stat 2.0 (SSB PxWebApi, FHI)',
    'ssb-csv': 'SSB Statistikkbanken (CSV)',
    'names-table': 'Tabell med stadnamn (FHI/Ungdata)',
    brukerplan: 'Samandrag frå Brukerplan (malen vår)',
    staffing: 'Bemanning, årsverk (malen vår)',
    'generic-long': 'Generell lang CSV (kolonnenamna våre)',
    'column-mapping': 'Kva tabell som helst, med kolonnekopling',
  },
  kinds: {
    file: 'Fila kan ikkje lesast',
    'ragged-row': 'Feil tal på felt',
    'unknown-indicator': 'Ukjend indikator',
    'unknown-place': 'Ukjend stad',
    'bad-period': 'Ugyldig periode',
    'bad-sex': 'Ugyldig kjønn',
    'bad-age': 'Ugyldig alder',
    'bad-number': 'Ugyldig tal',
    'not-a-number': 'Ikkje eit tal',
    'bad-flag': 'Ugyldig flagg',
    'bad-status': 'Ugyldig status',
    invalid: 'Ugyldig',
    duplicate: 'Duplikat',
    'orphan-measure': 'Tal utan tilhøyrande rad',
    'bad-group': 'Ugyldig gruppe',
    'shares-do-not-add-up': 'Delane summerer seg ikkje',
    unreadable: 'Liner som ikkje kan lesast',
    place: 'Stad',
    number: 'Tal',
    population: 'Folkesetnad',
    mapping: 'Kolonnekopling',
    note: 'Merknad',
    word: 'Ord',
  },
  rule: ruleNn,
  codes: {
    'file.empty': 'fila er tom',
    'file.binary': 'fila er ikkje tekst (binært innhald); eksporter henne som CSV eller JSON',
    'file.too-large':
      'fila er {size:mb}, meir enn nettlesaren les ({limit:mb}); del henne i mindre filer, eller importer henne på kommandolina (npm run ingest), som les filer av alle storleikar',
    'file.json-too-large':
      'JSON-fila er {size:mb}; JSON blir lesen i heilskap, opp til {limit:mb}: be om eit mindre utval, eller om CSV',
    'file.bad-json': 'ikkje gyldig JSON: {detail}',
    'file.no-columns':
      'fann ingen kolonnar: fila er ikkje ein tabell delt med semikolon, komma eller tabulator',
    'file.mixed-separators':
      'blanda skiljeteikn: første line er delt med {header}, men radene med {rows}; lagre fila på nytt med eitt skiljeteikn',
    'file.preamble-too-long':
      'tabellen byrjar på line {line}, under {lines} liner med titlar og merknader; høgst {limit} liner over overskriftsrada blir lesne: slett linene over overskriftsrada og les fila på nytt',
    'file.header-wider':
      'overskriftsrada har {header} kolonnar, éin meir enn radene ({rows}): eit namn utan kolonne, eller ein kolonne som manglar i alle rader; rett overskriftsrada og les fila på nytt',
    'file.header-narrower':
      'overskriftsrada har {header} kolonnar, éin færre enn radene ({rows}): ein kolonne utan namn; gi alle kolonnane namn i overskriftsrada og les fila på nytt',
    'file.header-unreadable': 'overskriftsrada kan ikkje lesast{why?: }{why}',
    'file.no-data-rows': 'ingen datarader: fila har ei overskriftsrad, men ingen rader under henne',
    'file.format-not-recognised':
      'formatet vart ikkje kjent att: vel kva for kolonne som er kva (kolonnekopling), eller bruk den generelle lange CSV-malen',
    'file.sep-unsupported':
      'første line seier at skiljeteiknet er «{sep}»; berre semikolon, komma og tabulator blir lesne',
    'file.internal': 'intern feil under lesinga: {detail}',
    'file.needs-csv': '{format:format} krev ei CSV-fil, ikkje JSON',
    'file.fhi-columns': 'ei FHI-fil må ha kolonnane GEO og AAR',
    'file.no-figure-column': 'ingen kolonne med tal: venta ein av {expected}',
    'file.ssb-region': 'ein SSB-tabell må ha ein regionkolonne',
    'file.ssb-long-value': 'ein SSB-tabell i lang form må ha ein verdikolonne',
    'file.ssb-value-columns':
      'ingen verdikolonnar: venta overskrifter som «Personer 2021» eller ein årskolonne',
    'file.names-columns': 'ein tabell med stadnamn må ha ein kolonne for stad, år og verdi',
    'file.brukerplan-columns': 'Brukerplan-malen må ha kolonnane kommune og år',
    'file.staffing-columns': 'bemanningsmalen må ha kolonnane kommune og år',
    'file.staffing-figures': 'bemanningsmalen må ha årsverk, per_10000 eller per_1000',
    'file.mapping-missing': 'vel kva for kolonne som er kva (kolonnekopling)',
    'file.mapping-does-not-fit': 'kolonnekoplinga passar ikkje til fila: {problems:semi}',
    'file.no-indicator':
      'ingen indikator: fila har ingen indikatorkolonne; vel kva for indikator tala høyrer til',
    'file.jsonstat-category': 'JSON-stat: dimensjonen {dimension} har ingen category',
    'file.jsonstat-index': 'JSON-stat: dimensjonen {dimension} har ein ugyldig indeks for {code}',
    'file.jsonstat-id-size': 'JSON-stat: id og size stemmer ikkje overeins',
    'file.jsonstat-categories':
      'JSON-stat: dimensjonen {dimension} har {categories} kategoriar, size seier {size}',
    'file.jsonstat-value-count': 'JSON-stat: value har {entries} verdiar, size seier {size}',
    'file.jsonstat-no-value': 'JSON-stat: value manglar',
    'file.jsonstat-no-geo': 'JSON-stat: ingen geografisk dimensjon (role.geo)',
    'file.jsonstat-no-time': 'JSON-stat: ingen tidsdimensjon (role.time)',
    'ragged-row.fields': 'rada har {fields} felt, overskriftsrada har {width}',
    'ragged-row.lines':
      'line {from}–{to} vart lesne som éi rad med {fields} felt (overskriftsrada har {width}): truleg eit hermeteikn som ikkje er lukka; ingen av linene er brukte',
    'unknown-indicator.none': 'lesaren gav ikkje opp nokon indikator',
    'unknown-indicator.empty': 'indikatorcella er tom',
    'unknown-indicator.not-an-id':
      'indicator_id må vere ein id med små bokstavar, som ungdata-bullied ({value})',
    'unknown-indicator.invalid-id': '{id} er ikkje ein gyldig id (små bokstavar, siffer, - . _)',
    'unknown-indicator.no-unit':
      '{id} er ikkje ein kjend indikator, og fila oppgir inga eining å opprette han med',
    'unknown-indicator.cannot-create': 'kan ikkje opprette {id}: {column} {rule:rule} ({value})',
    'unknown-place.row': '{place} ({why})',
    'bad-period.row': '{value} er ikkje eit år eller ein periode av år (2015, 2013_2015)',
    'bad-sex.row': '{value} (bruk all, male eller female; eller 0, 1, 2)',
    'bad-age.row': '{value} (bruk all, 0_74, 18_plus, grade_8_10, vgs …)',
    'bad-number.value': 'verdien, {why}',
    'bad-number.column': '{column}, {why}',
    'bad-number.ok-without-value': 'status er ok, men verdien er tom eller eit symbol',
    'not-a-number.json': 'ein verdi i JSON-fila er verken eit tal eller null',
    'bad-flag.row': 'SPVFLAGG {value} er ikkje 0, 1, 2 eller 3',
    'bad-status.row': '{value} (bruk ok, suppressed eller missing)',
    'invalid.row': '{column} {rule:rule} ({value})',
    'duplicate.row': 'same indikator, stad, periode, kjønn og alder som rad {first}',
    'duplicate.conflict':
      'same indikator, stad, periode, kjønn og alder som rad {first}, men eit anna tal: {value} her, {firstValue} på rad {first} (talet på rad {first} er halde på)',
    'orphan-measure.row': 'ingen tal med same stad, år, kjønn og alder for denne verdien ({role})',
    'bad-group.brukerplan': 'gruppe må vere rus eller psykisk ({value})',
    'bad-group.staffing': 'målgruppe må vere vaksne eller born ({value})',
    'shares-do-not-add-up.row': 'grøn, gul og raud for {area} blir {sum} til saman, ikkje 100',
    'unreadable.unclosed-quote':
      'eit hermeteikn opna på line {line} blir aldri lukka; sjå på den cella og les fila på nytt',
    'unreadable.too-long': 'ein post lengre enn {limit} teikn (eit hermeteikn som ikkje er lukka?)',
    'place.empty': 'staden er tom',
    'place.too-long': 'stadteksten er for lang',
    'place.pseudo': 'ikkje ein kommune, eit fylke eller Noreg',
    'place.not-a-code': '{code} er ikkje eit kommune- eller fylkesnummer',
    'place.not-a-county': '{code} er ikkje eit fylkesnummer',
    'place.split':
      'nummer {code} vart delt (i {into}); tala kan ikkje førast over til éin stad{hint}',
    'place.merged':
      'nummer {code} vart slått saman med {with} til {into} i {year}; talet for éin av delane er ikkje talet for heile staden, så det vert ikkje ført over{hint}',
    'place.merged-today': '; bruk tal for dagens {name} ({code})',
    'place.leads-nowhere':
      'nummer {code} fører gjennom geo_change til {to}, som ikkje er ein stad i dag{hint}',
    'place.not-today':
      'nummer {code} er ikkje ein stad i dag, og geo_change fører det ikkje vidare{hint}',
    'place.today-is-named': '; dagens {name} er {code}',
    'place.today-is':
      '; dagens {name} er {code} — legg endringa inn i geo_change for å føre det over',
    'place.ambiguous-name': 'namnet {name} passar på fleire stader ({places}); bruk nummeret',
    'place.no-such-name': 'ingen kommune eller fylke i dag heiter {name}',
    'number.out-of-range': 'talet er utanfor gyldig område',
    'number.too-large': 'urimeleg stort tal (meir enn 10^15)',
    'number.ambiguous': 'tvitydig tal (fleire komma): {value}',
    'number.not-a-number': 'ikkje eit tal: {value}',
    'mapping.not-an-object': 'koplinga er ikkje eit objekt',
    'mapping.not-a-name': '{field} må vere eit kolonnenamn',
    'mapping.no-column': '{field}: fila har ingen kolonne som heiter «{name}»',
    'mapping.place': 'stad: vel kva for kolonne som har staden',
    'mapping.value': 'verdi: vel kva for kolonne som har talet',
    'mapping.period':
      'periode: vel kva for kolonne som har perioden, eller gi opp ein fast periode',
    'mapping.indicator':
      'indikator: vel kva for kolonne som namngir indikatoren, eller gi opp ein indikator-id',
    'mapping.unit': 'eininga må vere ei av {units:pipe}',
    'mapping.source-kind': 'sourceKind må vere ein av {kinds:pipe}',
    'note.multiline-records':
      '{count} rad(er) går over fleire liner fordi eit felt i hermeteikn har lineskift, først line {from}–{to}: sjekk at inga rad er sloka av eit hermeteikn som ikkje er lukka',
    'note.read-as-asked':
      'lesen som {format:format}, slik du valde, sjølv om fila ikkje ser ut som det formatet',
    'note.group-added': 'samanlikningsgruppa {code} ({name}) er lagd til stadene',
    'note.population-table':
      'SSB-tabell 07459: {figures} tal for alle aldrar eller aldersgruppene til folkesetnaden er lesne som den innebygde folkesetnaden',
    'note.population-summed':
      'SSB-tabell 07459: {figures} tal for eittårige aldrar (0 til {top} år eller eldre) er lagde saman til aldersgruppene i den innebygde folkesetnaden (alle aldrar, 0–17, 13–19, 18+, 0–74, 67+ og 80+ år) for {groups} {groups|kombinasjon|kombinasjonar} av stad, år og kjønn, slik folkesetnaden vart bygd',
    'note.population-not-summed':
      'SSB-tabell 07459: aldrane er ikkje lagde saman til aldersgruppene i folkesetnaden fordi line {line} {why}; tala er lesne som ein eigen indikator',
    'population.age': 'har ein alder som ikkje er eitt år eller ein open øvre alder: {value}',
    'population.age-twice': 'gir alderen {value} ein gong til for same stad, år og kjønn',
    'population.persons': 'har ikkje eit heilt tal personar, men {value}',
    'population.missing': 'høyrer til ein stad, eit år og eit kjønn som manglar alderen {value} år',
    'population.no-top':
      'høyrer til ein stad, eit år og eit kjønn utan den same opne øvre alderen som dei andre (som «105 år eller eldre»)',
    'note.carried':
      '{place} ført over til {to} gjennom geo_change ({chain:arrow}): {rows} {rows|rad|rader}',
    'note.dropped':
      '{place} utelaten (ikkje ein kommune, eit fylke eller Noreg): {rows} {rows|rad|rader}',
    'note.unit-ignored': 'eininga {unit} for {indicator} er ikkje ei av {units}; ho er ikkje brukt',
    'note.unit-differs':
      'fila oppgir {name} som {unit}; indikatoren {id} har {known}, og den eininga er brukt',
    'note.indicator-created':
      'indikatoren {id} er oppretta: eining {unit}{guessed? (gjetta: fila seier det ikkje; sjekk ho)}, tema {theme}',
    'note.county-and-municipality':
      '{name} er både eit fylke og ein kommune; lesen som kommunen {code}',
    'note.sep-line':
      'første line er sep=-lina til Excel: skiljeteiknet er {sep}; lina er ikkje ein del av tabellen',
    'note.preamble':
      'overskriftsrada er på line {line}: {lines} {lines|line|liner} over henne er lesne som tittel og merknader (høgst {limit} blir lesne)',
    'note.header-trailing-separator':
      'overskriftsrada sluttar med eit skiljeteikn: den tomme siste kolonnen er utelaten',
    'note.rows-trailing-separator':
      'radene sluttar med eit skiljeteikn (eitt tomt felt meir enn overskriftsrada): det tomme feltet er utelate',
    'note.fractions-suspected':
      'delane i {id} ligg alle mellom 0 og 1 (største {max}, {n} tal): er dei brøkar (0,057 = 5,7 %)? Dei blir lesne slik dei står til du svarar',
    'note.fractions-scaled': 'delane er lesne som brøkar og gonga med 100, slik du valde',
    'note.line-endings':
      'fila blandar linjeskift ({kinds}); kvart av dei blir lese som slutten på ei line',
    'word.semicolon': 'semikolon (;)',
    'word.comma': 'komma (,)',
    'word.tab': 'tabulator',
    'word.area.housing': 'bustad',
    'word.area.work-activity': 'arbeid og meiningsfull aktivitet',
    'word.area.finances': 'økonomi',
    'word.area.physical-health': 'fysisk helse',
    'word.area.mental-health': 'psykisk helse',
    'word.area.substance-use': 'rusmiddelbruk',
    'word.area.social-functioning': 'sosial fungering',
    'word.area.network': 'nettverk',
    'word.role.ciLow': 'nedre grense',
    'word.role.ciHigh': 'øvre grense',
    'word.role.respondents': 'tal på svar',
    'word.empty': '(tom)',
    'word.suppressed': 'skjerma',
    'word.missing': 'utan tal',
  },
};
