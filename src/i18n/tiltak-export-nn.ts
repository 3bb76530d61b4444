import type { tiltakExportNb } from './tiltak-export-nb.ts';

/** Tiltak's export, nynorsk (not wired yet: `Lang` has no 'nn'). */
export const tiltakExportNn: Record<keyof typeof tiltakExportNb, string> = {
  'tiltakExport.legend': 'Eksporter tiltak',
  'tiltakExport.format': 'Format',
  'tiltakExport.csv': 'CSV',
  'tiltakExport.json': 'JSON',
  'tiltakExport.ics': 'Fristar som kalender (.ics)',
  'tiltakExport.all': 'Eksporter alle ({n})',
  'tiltakExport.filtered': 'Eksporter filtrerte ({n})',
  'tiltakExport.note':
    '«Alle» tek med kvart tiltak i alle planar. «Filtrerte» tek med berre dei {n} tiltaka filtra viser no.',
};
