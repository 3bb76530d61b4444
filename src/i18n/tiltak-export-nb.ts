/** Tiltak's export, bokmål: every measure or only the filtered ones, in CSV, JSON or .ics. */
export const tiltakExportNb = {
  'tiltakExport.legend': 'Eksporter tiltak',
  'tiltakExport.format': 'Format',
  'tiltakExport.csv': 'CSV',
  'tiltakExport.json': 'JSON',
  'tiltakExport.ics': 'Frister som kalender (.ics)',
  'tiltakExport.all': 'Eksporter alle ({n})',
  'tiltakExport.filtered': 'Eksporter filtrerte ({n})',
  'tiltakExport.note':
    '«Alle» tar med hvert tiltak i alle planer. «Filtrerte» tar med bare de {n} tiltakene filtrene viser nå.',
};
