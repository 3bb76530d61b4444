import type { consoleNb } from './console-nb.ts';

/** The sealed SQL console's messages in English. */
export const consoleEn: Record<keyof typeof consoleNb, string> = {
  'seal.broken':
    'it could not be shut off from the network and files ({settings}), so it stays closed. Reload the page; if that does not help, report the error.',
  'seal.problem': '{name} is {actual}, must be {expected}',
  'sealc.sealed':
    'The database is sealed: it reaches no network, no files and no extensions (only a file you open as a table yourself, and only while it is read in), and its settings are locked. Checked when the database started and before every query.',
  'sealc.details': 'Show the seal',
  'sealc.setting': 'Setting',
  'sealc.value': 'Value',
  'sealc.files': "Files in the database's own file system: {files}",
  'sealc.noFiles': 'none',
  'sealc.allowed':
    'Allowed is one query that only reads: SELECT, WITH … SELECT, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, PIVOT, and EXPLAIN of such a query.',
  'sealc.refused.multiple':
    'The console runs one query at a time: remove everything after the first semicolon.',
  'sealc.refused.statement':
    'The console can only read, and “{word}” does not read (as DuckDB parsed the query).',
  'sealc.refused.function':
    'The console can only read: the table function {name}() changes the database or reads outside it, and is not allowed.',
  'sealc.refused.unsealed':
    'The console is closed because the database is not sealed. Reload the page.',
  'sealc.error.sealed':
    'The console reaches no network, no files and no extensions: only the tables in the database can be queried.',
  'sealc.error.extension':
    'The console loads no extensions, and the function exists only in one: only the tables in the database can be queried.',
  'sealc.error.readOnly': 'The console can only read: DuckDB refused a change to the tables.',
  'sealc.error.locked': 'The settings are locked and cannot be changed from the console.',
  'sealc.error.other': 'DuckDB could not run the query.',
  'sealc.detail': 'Message from DuckDB: {message}',
};
