import type { exportNb } from './export-nb.ts';

/** Export menu by every chart and tile group (English). */
export const exportEn: Record<keyof typeof exportNb, string> = {
  'export.menu': 'Export',
  'export.menuLabel': 'Export “{title}”',
  'export.png': 'PNG image',
  'export.svg': 'SVG image',
  'export.csv': 'CSV file (the figures)',
  'export.copy': 'Copy as table',
  'export.loading': 'Fetching the figures …',
  'export.done': 'Downloaded {file}.',
  'export.copied': 'The table is copied. Paste it into a document or a spreadsheet.',
  'export.failed': 'Could not make the file: {message}',
  'export.copyFailed': 'Could not copy: {message}',
  'export.col.indicator': 'Indicator',
  'export.col.period': 'Period',
  'export.col.value': 'Value',
  'export.col.reference': 'Reference ({ref})',
  'export.col.verdict': 'Verdict',
  'export.col.measures': 'Active measures',
  'export.col.reason': 'Why it is listed',
};
