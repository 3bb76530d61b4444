import type { exportNb } from './export-nb.ts';

/** Export menu by every chart and tile group (nynorsk; not wired until `Lang` has 'nn'). */
export const exportNn: Record<keyof typeof exportNb, string> = {
  'export.menu': 'Eksporter',
  'export.menuLabel': 'Eksporter «{title}»',
  'export.png': 'PNG-bilete',
  'export.svg': 'SVG-bilete',
  'export.csv': 'CSV-fil (tala)',
  'export.copy': 'Kopier som tabell',
  'export.loading': 'Hentar tala …',
  'export.done': 'Lasta ned {file}.',
  'export.copied': 'Tabellen er kopiert. Lim han inn i eit dokument eller eit rekneark.',
  'export.failed': 'Kunne ikkje lage fila: {message}',
  'export.copyFailed': 'Kunne ikkje kopiere: {message}',
  'export.col.indicator': 'Indikator',
  'export.col.period': 'Periode',
  'export.col.value': 'Verdi',
  'export.col.reference': 'Referanse ({ref})',
  'export.col.verdict': 'Vurdering',
  'export.col.measures': 'Aktive tiltak',
  'export.col.reason': 'Kvifor på lista',
};
