import { toHtmlTable, toTsv, type TextTable } from './table-text.ts';

/**
 * Puts a table on the clipboard as HTML and as tab-separated text, so it pastes as a table into
 * a document or a spreadsheet. Falls back to the text alone where the browser has no ClipboardItem.
 */
export async function copyTable(table: TextTable): Promise<void> {
  const text = toTsv(table);
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const html = `<meta charset="utf-8">${toHtmlTable(table)}`;
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
