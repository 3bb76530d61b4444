/** The import report in English: every code of src/ingest/messages.ts, the kinds and formats. */
import type { IngestWords } from './ingest-words.ts';

/** Labels of the Data view's import report (plain `{name}` messages, merged in i18n.ts). */
export const ingestEn = {
  'ingest.counts':
    '{read} read, {kept} kept, {rejected} rejected, {dropped} left out (pseudo-regions), {unreadable} could not be read; {duplicates} of the rejected are duplicates',
  'ingest.unreadable': 'Lines that could not be read',
  'ingest.notes': 'How the file was read',
  'ingest.title': 'Title in the file',
  'ingest.layout': 'Table',
  'ingest.layoutLine': 'header on line {line}',
  'revised.title': 'Figures the publisher has revised ({n})',
  'revised.intro':
    'These figures were already here with another value or status; the import has replaced them with the new ones. Check them against documents that cite the old figures.',
  'revised.more': 'Showing the first {shown} of {n}.',
  'revised.indicator': 'Indicator',
  'revised.place': 'Place',
  'revised.period': 'Period',
  'revised.breakdown': 'Sex and age',
  'revised.old': 'Before',
  'revised.new': 'Now',
  'revised.source': 'Earlier source',
  'shares.legend': 'Are the shares fractions?',
  'shares.question':
    'The shares in {names} all lie between 0 and 1 (largest {max}). If the file gives shares as fractions, 0.057 means 5.7 %. Answer before you add the figures; we never multiply by 100 without asking.',
  'shares.fraction': 'Fractions: multiply by 100 (0.057 becomes 5.7 %)',
  'shares.percent': 'Percent: keep the figures as they stand (0.057 stays 0.057 %)',
  'shares.unanswered': 'Answer the question about the shares before you add the figures.',
} as const;

export const ingestWordsEn: IngestWords = {
  locale: 'en-GB',
  templates: {
    range: 'lines {from}–{to} ({lines} {lines|line|lines}): {reason}',
    summary:
      '{read} read = {kept} kept + {rejected} rejected + {dropped} left out + {unreadable} unreadable',
  },
  formats: {
    'fhi-csv': 'FHI statistikkbank / Kommunehelsa CSV',
    jsonstat2: 'JSON-stat 2.0 (SSB PxWebApi, FHI)',
    'ssb-csv': 'SSB Statbank CSV',
    'names-table': 'Table with place names (FHI/Ungdata)',
    brukerplan: 'Brukerplan summary (our template)',
    staffing: 'Staffing, årsverk (our template)',
    'generic-long': 'Generic long CSV (our column names)',
    'column-mapping': 'Any table, with a column mapping',
  },
  kinds: {
    file: 'unreadable file',
    'ragged-row': 'ragged row',
    'unknown-indicator': 'unknown indicator',
    'unknown-place': 'unknown place',
    'bad-period': 'bad period',
    'bad-sex': 'bad sex',
    'bad-age': 'bad age',
    'bad-number': 'bad number',
    'not-a-number': 'not a number',
    'bad-flag': 'bad flag',
    'bad-status': 'bad status',
    invalid: 'invalid',
    duplicate: 'duplicate',
    'orphan-measure': 'orphan measure',
    'bad-group': 'bad group',
    'shares-do-not-add-up': 'shares do not add up',
    unreadable: 'unreadable lines',
    place: 'place',
    number: 'number',
    population: 'population',
    mapping: 'column mapping',
    note: 'note',
    word: 'word',
  },
  rule: (rule) => rule,
  codes: {
    'file.empty': 'the file is empty',
    'file.binary': 'the file is not text (binary content); export it as CSV or JSON',
    'file.too-large':
      'the file is {size:mb}, more than the browser reads ({limit:mb}); split it into smaller files, or import it on the command line (npm run ingest), which reads files of any size',
    'file.json-too-large':
      'the JSON file is {size:mb}; JSON is read whole, up to {limit:mb}: ask for a smaller selection, or for CSV',
    'file.bad-json': 'not valid JSON: {detail}',
    'file.no-columns':
      'no columns found: the file is not a table separated by semicolons, commas or tabs',
    'file.mixed-separators':
      'mixed separators: the first line is separated by {header} but the rows by {rows}; save the file again with one separator',
    'file.preamble-too-long':
      'the table starts on line {line}, below {lines} lines of titles and notes; at most {limit} lines above the header are read: delete the lines above the header and read the file again',
    'file.header-wider':
      'the header has {header} columns, one more than the rows ({rows}): a name without a column, or a column missing in every row; fix the header and read the file again',
    'file.header-narrower':
      'the header has {header} columns, one fewer than the rows ({rows}): a column without a name; name every column in the header and read the file again',
    'file.header-unreadable': 'the header cannot be read{why?: }{why}',
    'file.no-data-rows': 'no data rows: the file has a header but no rows below it',
    'file.format-not-recognised':
      'format not recognised: choose which column is which (a column mapping), or use the generic long CSV',
    'file.sep-unsupported':
      'the first line says the separator is "{sep}"; only semicolons, commas and tabs are read',
    'file.internal': 'internal error while reading: {detail}',
    'file.needs-csv': '{format:format} needs a CSV file, not JSON',
    'file.fhi-columns': 'an FHI file needs the columns GEO and AAR',
    'file.no-figure-column': 'no figure column: expected one of {expected}',
    'file.ssb-region': 'an SSB table needs a region column',
    'file.ssb-long-value': 'an SSB table in long layout needs a value column',
    'file.ssb-value-columns':
      'no value columns: expected headers like "Personer 2021" or a year column',
    'file.names-columns': 'a table with place names needs a place, a year and a value column',
    'file.brukerplan-columns': 'the Brukerplan template needs kommune and år columns',
    'file.staffing-columns': 'the staffing template needs kommune and år columns',
    'file.staffing-figures': 'the staffing template needs årsverk, per_10000 or per_1000',
    'file.mapping-missing': 'choose which column is which (a column mapping)',
    'file.mapping-does-not-fit': 'the column mapping does not fit this file: {problems:semi}',
    'file.no-indicator':
      'no indicator: the file has no indicator column; choose an indicator for its figures',
    'file.jsonstat-category': 'JSON-stat: dimension {dimension} has no category',
    'file.jsonstat-index': 'JSON-stat: dimension {dimension} has a bad index position for {code}',
    'file.jsonstat-id-size': 'JSON-stat: id and size do not match',
    'file.jsonstat-categories':
      'JSON-stat: dimension {dimension} has {categories} categories, size says {size}',
    'file.jsonstat-value-count': 'JSON-stat: value has {entries} entries, size says {size}',
    'file.jsonstat-no-value': 'JSON-stat: value is missing',
    'file.jsonstat-no-geo': 'JSON-stat: no geographic dimension (role.geo)',
    'file.jsonstat-no-time': 'JSON-stat: no time dimension (role.time)',
    'ragged-row.fields': 'the row has {fields} fields, the header has {width}',
    'ragged-row.lines':
      'lines {from}–{to} were read as one row of {fields} fields (the header has {width}): probably a quote that is never closed; none of these lines is used',
    'unknown-indicator.none': 'the reader named no indicator',
    'unknown-indicator.empty': 'the indicator cell is empty',
    'unknown-indicator.not-an-id':
      'indicator_id must be a lower-case id like ungdata-bullied ({value})',
    'unknown-indicator.invalid-id': '{id} is not a valid id (lower-case, digits, - . _)',
    'unknown-indicator.no-unit':
      '{id} is not a known indicator, and the file gives no unit to create it',
    'unknown-indicator.cannot-create': 'cannot create {id}: {column} {rule:rule} ({value})',
    'unknown-place.row': '{place} ({why})',
    'bad-period.row': '{value} is not a year or a range of years (2015, 2013_2015)',
    'bad-sex.row': '{value} (use all, male or female; or 0, 1, 2)',
    'bad-age.row': '{value} (use all, 0_74, 18_plus, grade_8_10, vgs …)',
    'bad-number.value': 'value, {why}',
    'bad-number.column': '{column}, {why}',
    'bad-number.ok-without-value': 'status is ok but the value is empty or a symbol',
    'not-a-number.json': 'a value in the JSON is neither a number nor null',
    'bad-flag.row': 'SPVFLAGG {value} is not 0, 1, 2 or 3',
    'bad-status.row': '{value} (use ok, suppressed or missing)',
    'invalid.row': '{column} {rule:rule} ({value})',
    'duplicate.row': 'same indicator, place, period, sex and age as row {first}',
    'duplicate.conflict':
      "same indicator, place, period, sex and age as row {first}, but another figure: {value} here, {firstValue} on row {first} (row {first}'s figure is kept)",
    'orphan-measure.row': 'no figure with the same place, year, sex and age for this {role}',
    'bad-group.brukerplan': 'gruppe must be rus or psykisk ({value})',
    'bad-group.staffing': 'målgruppe must be voksne or barn ({value})',
    'shares-do-not-add-up.row': 'green, yellow and red for {area} add up to {sum}, not 100',
    'unreadable.unclosed-quote':
      'a quote opened on line {line} is never closed; check that cell, then read the file again',
    'unreadable.too-long': 'a record longer than {limit} characters (a quote left open?)',
    'place.empty': 'the place is empty',
    'place.too-long': 'the place text is too long',
    'place.pseudo': 'not a municipality, county or Norway',
    'place.not-a-code': '{code} is not a municipality or county code',
    'place.not-a-county': '{code} is not a county code',
    'place.split':
      'code {code} was split (into {into}); its figures cannot be carried to one place{hint}',
    'place.merged':
      'code {code} was merged with {with} into {into} in {year}; the figure of one part is not the figure of the whole place, so it is not carried{hint}',
    'place.merged-today': "; use figures for today's {name} ({code})",
    'place.leads-nowhere':
      'code {code} leads through geo_change to {to}, which is not a place of today{hint}',
    'place.not-today':
      'code {code} is not a place of today, and geo_change does not carry it{hint}',
    'place.today-is-named': "; today's {name} is {code}",
    'place.today-is': "; today's {name} is {code} — add the change to geo_change to carry it",
    'place.ambiguous-name': 'the name {name} fits several places ({places}); use the code',
    'place.no-such-name': 'no place of today is named {name}',
    'number.out-of-range': 'number out of range',
    'number.too-large': 'implausibly large number (more than 10^15)',
    'number.ambiguous': 'ambiguous number (several commas): {value}',
    'number.not-a-number': 'not a number: {value}',
    'mapping.not-an-object': 'the mapping is not an object',
    'mapping.not-a-name': '{field} must be a column name',
    'mapping.no-column': '{field}: the file has no column named "{name}"',
    'mapping.place': 'place: say which column holds the place',
    'mapping.value': 'value: say which column holds the figure',
    'mapping.period': 'period: say which column holds the period, or give a fixed period',
    'mapping.indicator': 'indicator: say which column names the indicator, or give an indicator id',
    'mapping.unit': 'unit must be one of {units:pipe}',
    'mapping.source-kind': 'sourceKind must be one of {kinds:pipe}',
    'note.multiline-records':
      '{count} row(s) run over several lines because a quoted field holds a line break, first lines {from}–{to}: check that no row was swallowed by a quote left open',
    'note.read-as-asked':
      'read as {format:format}, as asked, although the file does not look like one',
    'note.group-added': 'comparison group {code} ({name}) added to the places',
    'note.population-table':
      "SSB table 07459: {figures} {figures|figure|figures} for all ages or the population's own age bands read as the built-in population",
    'note.population-summed':
      'SSB table 07459: {figures} figures for single years of age (0 to {top} years or older) summed into the age bands of the built-in population (all ages, 0–17, 13–19, 18+, 0–74, 67+ and 80+) for {groups} {groups|combination|combinations} of place, year and sex, as the population was built',
    'note.population-not-summed':
      "SSB table 07459: the ages were not summed into the population's age bands because line {line} {why}; the figures are read as an indicator of their own",
    'population.age': 'has an age that is neither one year nor an open top: {value}',
    'population.age-twice': 'gives age {value} again for the same place, year and sex',
    'population.persons': 'has no whole number of persons but {value}',
    'population.missing': 'belongs to a place, year and sex that lacks age {value}',
    'population.no-top':
      'belongs to a place, year and sex without the same open top age as the others (such as "105 years or older")',
    'note.carried':
      '{place} carried to {to} through geo_change ({chain:arrow}): {rows} {rows|row|rows}',
    'note.dropped':
      '{place} dropped (not a municipality, county or Norway): {rows} {rows|row|rows}',
    'note.unit-ignored': 'unit {unit} given for {indicator} is not one of {units}; ignored',
    'note.unit-differs':
      'the file gives {name} as {unit}; indicator {id} is {known}, and its unit is used',
    'note.indicator-created':
      'indicator {id} created: unit {unit}{guessed? (a guess: the file does not say; check it)}, theme {theme}',
    'note.county-and-municipality':
      '{name} is both a county and a municipality; read as the municipality {code}',
    'note.sep-line':
      "the first line is Excel's sep= line: the separator is {sep}; the line is not part of the table",
    'note.preamble':
      'the header is on line {line}: {lines} {lines|line|lines} above it {lines|was|were} read as title and notes (at most {limit} are read)',
    'note.header-trailing-separator':
      'the header ends with a separator: its empty last column is left out',
    'note.rows-trailing-separator':
      'the rows end with a separator (an empty field more than the header): the empty field is left out',
    'note.fractions-suspected':
      'the shares in {id} all lie between 0 and 1 (largest {max}, {n} figures): are they fractions (0.057 = 5.7 %)? They are read as they stand until you answer',
    'note.fractions-scaled':
      'the shares were read as fractions and multiplied by 100, as you chose',
    'note.line-endings': 'the file mixes line endings ({kinds}); each is read as the end of a line',
    'word.semicolon': 'semicolons (;)',
    'word.comma': 'commas (,)',
    'word.tab': 'tabs',
    'word.area.housing': 'housing',
    'word.area.work-activity': 'work and meaningful activity',
    'word.area.finances': 'finances',
    'word.area.physical-health': 'physical health',
    'word.area.mental-health': 'mental health',
    'word.area.substance-use': 'substance use',
    'word.area.social-functioning': 'social functioning',
    'word.area.network': 'network',
    'word.role.ciLow': 'lower limit',
    'word.role.ciHigh': 'upper limit',
    'word.role.respondents': 'number of respondents',
    'word.empty': '(empty)',
    'word.suppressed': 'suppressed',
    'word.missing': 'no figure',
  },
};
