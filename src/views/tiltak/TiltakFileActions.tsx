import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { downloadText } from '../../export/csv.ts';
import { withKeptAssessments } from '../../export/assessments.ts';
import { useT } from '../../i18n/i18n.ts';
import type { TiltakData } from '../../queries/tiltak.ts';
import type { MeasureListRow } from '../../sql/rows.ts';
import {
  EXPORT_FORMATS,
  icsStamp,
  measureExport,
  type ExportFormat,
  type ExportScope,
} from './export-set.ts';
import { FileButton } from '../shared/FileButton.tsx';

const FORMAT_LABEL = {
  csv: 'tiltakExport.csv',
  json: 'tiltakExport.json',
  ics: 'tiltakExport.ics',
} as const satisfies Record<ExportFormat, string>;

/**
 * Export (every measure, or only the filtered ones, each button saying how many) and import. An
 * export is never made from a list that is being read again after a change.
 */
export function TiltakFileActions({
  data,
  rows,
  ready,
  onImport,
}: {
  data: TiltakData | null;
  rows: MeasureListRow[];
  ready: boolean;
  onImport: (file: File) => void;
}) {
  const { t } = useT();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const save = async (scope: ExportScope) => {
    if (!data) return;
    const file = measureExport(
      data,
      scope === 'all' ? data.measures : rows,
      scope,
      format,
      icsStamp(),
    );
    // The JSON export carries the coordinator's assessments too, so an import brings them back.
    const body = format === 'json' ? await withKeptAssessments(file.body) : file.body;
    downloadText(file.name, body, file.type);
  };
  return (
    <>
      {data && (
        <fieldset className="export-actions" data-testid="tiltak-export">
          <legend>{t('tiltakExport.legend')}</legend>
          <div className="button-row">
            <Field>
              <Label>{t('tiltakExport.format')}</Label>
              <Select
                value={format}
                onChange={(e) => setFormat(e.target.value as ExportFormat)}
                data-testid="export-format"
              >
                {EXPORT_FORMATS.map((x) => (
                  <option key={x} value={x}>
                    {t(FORMAT_LABEL[x])}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => void save('all')}
              data-testid="export-all"
              disabled={!ready}
            >
              {t('tiltakExport.all', { n: data.measures.length })}
            </Button>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => void save('filtered')}
              data-testid="export-filtered"
              disabled={!ready}
            >
              {t('tiltakExport.filtered', { n: rows.length })}
            </Button>
          </div>
          <p className="muted">{t('tiltakExport.note', { n: rows.length })}</p>
        </fieldset>
      )}
      <FileButton
        label={t('tiltak.import')}
        testId="import-measures"
        accept=".csv,.json,text/csv,application/json"
        disabled={!data}
        onFile={onImport}
      />
    </>
  );
}
