import type { consoleNb } from './console-nb.ts';

/** The sealed SQL console's messages in nynorsk (the same keys as console-nb.ts). */
export const consoleNn: Record<keyof typeof consoleNb, string> = {
  'seal.broken':
    'han kunne ikkje stengjast ute frå nett og filer ({settings}), og blir difor halden stengd. Last sida på nytt; hjelper ikkje det, meld frå om feilen.',
  'seal.problem': '{name} er {actual}, skal vere {expected}',
  'sealc.sealed':
    'Databasen er forsegla: han når verken nettet, filer eller utvidingar (berre ei fil du sjølv opnar som tabell, og berre medan ho blir lesen inn), og innstillingane er låste. Det vart sjekka då databasen starta, og blir sjekka før kvar spørjing.',
  'sealc.details': 'Vis forseglinga',
  'sealc.setting': 'Innstilling',
  'sealc.value': 'Verdi',
  'sealc.files': 'Filer i det eigne filsystemet til databasen: {files}',
  'sealc.noFiles': 'ingen',
  'sealc.allowed':
    'Tillate er éi spørjing som berre les: SELECT, WITH … SELECT, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, PIVOT, og EXPLAIN av ei slik spørjing.',
  'sealc.refused.multiple':
    'Konsollen køyrer berre éi spørjing om gongen: fjern alt etter det første semikolonet.',
  'sealc.refused.statement':
    'Konsollen kan berre lese, og «{word}» les ikkje (DuckDB tolka spørjinga slik).',
  'sealc.refused.function':
    'Konsollen kan berre lese: tabellfunksjonen {name}() endrar databasen eller les utanfor han, og er ikkje tillaten.',
  'sealc.refused.unsealed':
    'Konsollen er stengd fordi databasen ikkje er forsegla. Last sida på nytt.',
  'sealc.error.sealed':
    'Konsollen når verken nettet, filer eller utvidingar: berre tabellane i databasen kan spørjast.',
  'sealc.error.extension':
    'Konsollen lastar ingen utvidingar, og funksjonen finst berre i ei utviding: berre tabellane i databasen kan spørjast.',
  'sealc.error.readOnly': 'Konsollen kan berre lese: DuckDB avviste ei endring av tabellane.',
  'sealc.error.locked': 'Innstillingane er låste og kan ikkje endrast frå konsollen.',
  'sealc.error.other': 'DuckDB kunne ikkje køyre spørjinga.',
  'sealc.detail': 'Melding frå DuckDB: {message}',
};
