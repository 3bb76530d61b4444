/**
 * The report of a file opened as a table, as plain text in a language: what
 * `npm run ingest -- --table FILE` prints, with the same words as the Data view.
 */
import type { TableReport } from '../ingest/table-report.ts';
import { ingestText } from './ingest-text.ts';
import { translate, type Lang } from './i18n.ts';

/** A separator as the report names it. */
export function separatorName(sep: string): string {
  return sep === '\t' ? 'tab' : sep;
}

/** The report as lines of text. */
export function tableReportText(lang: Lang, r: TableReport): string {
  const t = (key: Parameters<typeof translate>[1], vars: Record<string, string | number> = {}) =>
    translate(lang, key, vars);
  const decoded =
    r.encoding === 'utf-8' || r.encoding === 'utf-8-bom' ? '' : ` (${t('table.decoded')})`;
  const lines = [
    t('table.opened', { file: r.fileName, table: r.table }),
    `${t('table.encoding')}: ${t('table.encodingValue', { encoding: r.encoding, sep: separatorName(r.separator), decimal: r.decimal })}${decoded}`,
    t('table.headerLine', { line: r.headerLine }),
    ...r.notes.map((n) => ingestText(lang, n)),
    `${t('table.columns', { n: r.columns.length })}:`,
    ...r.columns.map((c) => `  ${c.name}  ${c.type}`),
    `${t('table.rows')}: ${t('table.rowsValue', { rows: r.rows, rejected: r.rejectedLines })}`,
    `${t('table.rejected')}:`,
    ...(r.rejects.length === 0
      ? [`  ${t('table.noRejects')}`]
      : r.rejects.map(
          (x) =>
            `  ${t('table.rejectLine', {
              line: x.line,
              kind: x.kind,
              column: x.column ? t('table.rejectColumn', { column: x.column }) : '',
              message: x.message ?? '',
            })}`,
        )),
    t('table.kept'),
    t('table.typesNote'),
  ];
  return `${lines.join('\n')}\n`;
}
