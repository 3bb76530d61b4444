import type { tiltakExportNb } from './tiltak-export-nb.ts';

/** Tiltak's export, English. */
export const tiltakExportEn: Record<keyof typeof tiltakExportNb, string> = {
  'tiltakExport.legend': 'Export measures',
  'tiltakExport.format': 'Format',
  'tiltakExport.csv': 'CSV',
  'tiltakExport.json': 'JSON',
  'tiltakExport.ics': 'Deadlines as calendar (.ics)',
  'tiltakExport.all': 'Export all ({n})',
  'tiltakExport.filtered': 'Export filtered ({n})',
  'tiltakExport.note':
    '“All” holds every measure of every plan. “Filtered” holds only the {n} measures the filters show now.',
};
