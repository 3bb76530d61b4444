import type { tableNb } from './table-nb.ts';

/** "Opne som tabell" in nynorsk (the same keys as table-nb.ts). */
export const tableNn: Record<keyof typeof tableNb, string> = {
  'table.title': 'Opne som tabell',
  'table.intro':
    'Les kva CSV-, TSV- eller TXT-fil som helst som ein eigen tabell du kan spørje i SQL-konsollen under. Fila blir lesen av DuckDB sin eigen CSV-lesar her i nettlesaren; ingenting blir sendt nokon stad.',
  'table.choose': 'Vel fil å opne som tabell',
  'table.reading': 'Les {file} …',
  'table.failed': 'Fila kunne ikkje opnast som tabell: {reason}',
  'table.opened': '{file} er opna som tabellen {table}.',
  'table.session':
    'Tabellen finst berre i denne økta: han er borte når sida blir lasta på nytt. Opne fila igjen for å få han tilbake.',
  'table.query': 'Prøv i konsollen:',
  'table.file': 'Fil',
  'table.table': 'Tabell',
  'table.encoding': 'Teiknkoding og skiljeteikn',
  'table.encodingValue': '{encoding}, skiljeteikn «{sep}», desimalteikn «{decimal}»',
  'table.decoded': 'gjort om til UTF-8 før lesing',
  'table.headerLine': 'Overskrifta står på line {line}.',
  'table.columns': 'Kolonnar ({n}) med typane DuckDB fann',
  'table.column': 'Kolonne',
  'table.type': 'Type',
  'table.rows': 'Rader',
  'table.rowsValue': '{rows} rader lesne inn i tabellen, {rejected} liner avviste',
  'table.rejected': 'Avviste liner',
  'table.noRejects': 'Ingen liner vart avviste.',
  'table.line': 'Line',
  'table.reason': 'Grunn frå DuckDB',
  'table.lineText': 'Teksten på lina',
  'table.rejectLine': 'line {line}: {kind}{column} – {message}',
  'table.rejectColumn': ' i kolonnen {column}',
  'table.kept':
    'Tekne vare på er alle liner DuckDB kunne lese, med verdiane slik dei står i fila; avviste liner er ikkje med i tabellen.',
  'table.typesNote':
    'Kolonnar med teikn som «..» eller «:» (skjulte tal) blir tekst (VARCHAR): verdiane er med slik dei står, aldri som 0.',
};
