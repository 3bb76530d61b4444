/** The sealed SQL console's messages in bokmål (kept apart from nb.ts; see src/sql/console.ts). */
export const consoleNb = {
  'seal.broken':
    'den kunne ikke stenges ute fra nett og filer ({settings}), og holdes derfor lukket. Last siden på nytt; hjelper ikke det, meld fra om feilen.',
  'seal.problem': '{name} er {actual}, skal være {expected}',
  'sealc.sealed':
    'Databasen er forseglet: den når verken nettet, filer eller utvidelser (bare en fil du selv åpner som tabell, og bare mens den leses inn), og innstillingene er låst. Det ble sjekket da databasen startet, og sjekkes før hver spørring.',
  'sealc.details': 'Vis forseglingen',
  'sealc.setting': 'Innstilling',
  'sealc.value': 'Verdi',
  'sealc.files': 'Filer i databasens eget filsystem: {files}',
  'sealc.noFiles': 'ingen',
  'sealc.allowed':
    'Tillatt er én spørring som bare leser: SELECT, WITH … SELECT, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, PIVOT, og EXPLAIN av en slik spørring.',
  'sealc.refused.multiple':
    'Konsollen kjører bare én spørring om gangen: fjern alt etter det første semikolonet.',
  'sealc.refused.statement':
    'Konsollen kan bare lese, og «{word}» leser ikke (DuckDB tolket spørringen slik).',
  'sealc.refused.function':
    'Konsollen kan bare lese: tabellfunksjonen {name}() endrer databasen eller leser utenfor den, og er ikke tillatt.',
  'sealc.refused.unsealed':
    'Konsollen er stengt fordi databasen ikke er forseglet. Last siden på nytt.',
  'sealc.error.sealed':
    'Konsollen når verken nettet, filer eller utvidelser: bare tabellene i databasen kan spørres.',
  'sealc.error.extension':
    'Konsollen laster ingen utvidelser, og funksjonen finnes bare i en utvidelse: bare tabellene i databasen kan spørres.',
  'sealc.error.readOnly': 'Konsollen kan bare lese: DuckDB avviste en endring av tabellene.',
  'sealc.error.locked': 'Innstillingene er låst og kan ikke endres fra konsollen.',
  'sealc.error.other': 'DuckDB kunne ikke kjøre spørringen.',
  'sealc.detail': 'Melding fra DuckDB: {message}',
};
