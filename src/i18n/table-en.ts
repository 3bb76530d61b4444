import type { tableNb } from './table-nb.ts';

/** "Open as table" in English (the same keys as table-nb.ts). */
export const tableEn: Record<keyof typeof tableNb, string> = {
  'table.title': 'Open as table',
  'table.intro':
    'Read any CSV, TSV or TXT file as a table of its own that you can query in the SQL console below. The file is read by DuckDB’s own CSV reader here in the browser; nothing is sent anywhere.',
  'table.choose': 'Choose a file to open as a table',
  'table.reading': 'Reading {file} …',
  'table.failed': 'The file could not be opened as a table: {reason}',
  'table.opened': '{file} is open as the table {table}.',
  'table.session':
    'The table lives for this session only: it is gone when the page is reloaded. Open the file again to get it back.',
  'table.query': 'Try in the console:',
  'table.file': 'File',
  'table.table': 'Table',
  'table.encoding': 'Encoding and separator',
  'table.encodingValue': '{encoding}, separator «{sep}», decimal mark «{decimal}»',
  'table.decoded': 'turned into UTF-8 before reading',
  'table.headerLine': 'The header is on line {line}.',
  'table.columns': 'Columns ({n}) with the types DuckDB found',
  'table.column': 'Column',
  'table.type': 'Type',
  'table.rows': 'Rows',
  'table.rowsValue': '{rows} rows read into the table, {rejected} lines rejected',
  'table.rejected': 'Rejected lines',
  'table.noRejects': 'No line was rejected.',
  'table.line': 'Line',
  'table.reason': 'Reason from DuckDB',
  'table.lineText': 'The line’s text',
  'table.rejectLine': 'line {line}: {kind}{column} – {message}',
  'table.rejectColumn': ' in column {column}',
  'table.kept':
    'Kept are all lines DuckDB could read, with their values as they stand in the file; rejected lines are not in the table.',
  'table.typesNote':
    'Columns holding symbols such as “..” or “:” (suppressed figures) become text (VARCHAR): the values are kept as they stand, never as 0.',
};
