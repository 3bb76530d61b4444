/**
 * A table for the clipboard: as HTML (Word, LibreOffice and Google Docs paste it as a real table)
 * and as tab-separated text (spreadsheets and plain editors). Pure functions.
 */

/** A table in words, ready for people: a caption, column headings, rows of cells, a note under it. */
export interface TextTable {
  caption: string;
  headers: string[];
  rows: string[][];
  /** A line under the table (its source and period). */
  note: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside HTML elements and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// A tab or line break inside a cell would split it; a leading = + - @ would run as a formula.
const tsvCell = (s: string) => {
  const flat = s.replace(/[\t\r\n]+/g, ' ');
  return /^[=+\-@]/.test(flat) ? `'${flat}` : flat;
};

/** The table as tab-separated lines: caption, headings, rows, then the note. */
export function toTsv(table: TextTable): string {
  const lines = [
    tsvCell(table.caption),
    table.headers.map(tsvCell).join('\t'),
    ...table.rows.map((r) => r.map(tsvCell).join('\t')),
  ];
  if (table.note) lines.push(tsvCell(table.note));
  return lines.join('\r\n') + '\r\n';
}

/** The table as one HTML fragment: caption, header row, body, and the note as a paragraph. */
export function toHtmlTable(table: TextTable): string {
  const row = (cells: string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return [
    '<table border="1" cellspacing="0" cellpadding="4">',
    `<caption>${escapeHtml(table.caption)}</caption>`,
    `<thead>${row(table.headers, 'th')}</thead>`,
    `<tbody>${table.rows.map((r) => row(r, 'td')).join('')}</tbody>`,
    '</table>',
    table.note ? `<p>${escapeHtml(table.note)}</p>` : '',
  ].join('');
}
