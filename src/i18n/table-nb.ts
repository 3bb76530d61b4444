/** "Åpne som tabell" in bokmål: a file read by DuckDB's CSV reader into a table of its own. */
export const tableNb = {
  'table.title': 'Åpne som tabell',
  'table.intro':
    'Les en hvilken som helst CSV-, TSV- eller TXT-fil som en egen tabell du kan spørre i SQL-konsollen under. Filen leses av DuckDBs egen CSV-leser her i nettleseren; ingenting sendes noe sted.',
  'table.choose': 'Velg fil å åpne som tabell',
  'table.reading': 'Leser {file} …',
  'table.failed': 'Filen kunne ikke åpnes som tabell: {reason}',
  'table.opened': '{file} er åpnet som tabellen {table}.',
  'table.session':
    'Tabellen finnes bare i denne økten: den er borte når siden lastes på nytt. Åpne filen igjen for å få den tilbake.',
  'table.query': 'Prøv i konsollen:',
  'table.file': 'Fil',
  'table.table': 'Tabell',
  'table.encoding': 'Tegnkoding og skilletegn',
  'table.encodingValue': '{encoding}, skilletegn «{sep}», desimaltegn «{decimal}»',
  'table.decoded': 'omgjort til UTF-8 før lesing',
  'table.headerLine': 'Overskriften står på linje {line}.',
  'table.columns': 'Kolonner ({n}) med typene DuckDB fant',
  'table.column': 'Kolonne',
  'table.type': 'Type',
  'table.rows': 'Rader',
  'table.rowsValue': '{rows} rader lest inn i tabellen, {rejected} linjer avvist',
  'table.rejected': 'Avviste linjer',
  'table.noRejects': 'Ingen linjer ble avvist.',
  'table.line': 'Linje',
  'table.reason': 'Grunn fra DuckDB',
  'table.lineText': 'Linjens tekst',
  'table.rejectLine': 'linje {line}: {kind}{column} – {message}',
  'table.rejectColumn': ' i kolonnen {column}',
  'table.kept':
    'Beholdt er alle linjer DuckDB kunne lese, med verdiene slik de står i filen; avviste linjer er ikke med i tabellen.',
  'table.typesNote':
    'Kolonner med tegn som «..» eller «:» (skjulte tall) blir tekst (VARCHAR): verdiene er med slik de står, aldri som 0.',
} as const;
