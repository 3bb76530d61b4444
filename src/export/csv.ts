import { downloadBlob } from './download-blob.ts';
import type { Cell } from '../domain/contract.ts';

/**
 * A cell as spreadsheet-safe text: a text starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading apostrophe so Excel and LibreOffice show it instead of running it as a formula.
 * Numbers are written as numbers.
 */
export function safeCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Quotes a CSV field when it holds the separator, a quote or a line break. */
function quote(field: string, sep: string): string {
  return field.includes(sep) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Rows as CSV text (UTF-8 with BOM so Excel reads æøå, `;` by default as Norwegian Excel expects). */
export function toCsv(columns: string[], rows: Record<string, Cell>[], sep = ';'): string {
  const lines = [columns.map((c) => quote(c, sep)).join(sep)];
  for (const r of rows)
    lines.push(columns.map((c) => quote(safeCell(r[c] ?? null), sep)).join(sep));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Offers text as a file download (nothing leaves the machine). */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
