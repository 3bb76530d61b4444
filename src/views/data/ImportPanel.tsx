import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import { useT } from '../../i18n/i18n.ts';
import { commitImport, prepareImport } from '../../imports/controller.ts';
import type { RunProgress, RunningIngest } from '../../imports/run-ingest.ts';
import type { PreparedImport } from '../../imports/types.ts';
import { KeptImports } from './KeptImports.tsx';
import { StoragePrompt, useKeepImport, type KeepStage } from './StoragePrompt.tsx';
import { ImportReport } from './ImportReport.tsx';
import { commitLabel } from './commit-label.ts';
import { MappingForm } from './MappingForm.tsx';
import { CreatedIndicators } from './CreatedIndicators.tsx';
import { editCreatedIndicators, type IndicatorEdit } from '../../imports/rename.ts';
import type { FormatId, IngestOptions } from '../../ingest/types.ts';
import { SharesQuestion } from './SharesQuestion.tsx';
import { RevisedFigures } from './RevisedFigures.tsx';
import type { RevisedRow } from '../../sql/rows.ts';
import { FileButton } from '../shared/FileButton.tsx';

/** What the review step can change and read the file again with. */
type ReadOptions = Pick<IngestOptions, 'format' | 'mapping' | 'shares'>;

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: RunProgress | null; size: number }
  | {
      kind: 'review';
      prepared: PreparedImport;
      file: File;
      mapping: boolean;
      /** The options the file was read with (kept when it is read again with one more). */
      options: ReadOptions;
    }
  | { kind: 'landed'; text: string }
  | { kind: 'failed'; text: string }
  | KeepStage;

/** Drop or pick a file; it is read in a worker with progress; the user reviews the report and adds it. */
export function ImportPanel() {
  const { t } = useT();
  const coordinator = useCoordinator();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const running = useRef<RunningIngest | null>(null);
  const [edits, setEdits] = useState<Record<string, IndicatorEdit>>({});
  // What the last import revised (shown until another file is read).
  const [revised, setRevised] = useState<{ count: number; rows: RevisedRow[] } | null>(null);

  const read = async (file: File, options: ReadOptions = {}) => {
    setRevised(null);
    setStage({ kind: 'reading', fileName: file.name, progress: null, size: file.size });
    try {
      const run = await prepareImport(coordinator, file, options, (p) =>
        setStage({ kind: 'reading', fileName: file.name, progress: p, size: file.size }),
      );
      running.current = run;
      const prepared = await run.done;
      setEdits({});
      setStage({
        kind: 'review',
        prepared,
        file,
        mapping: prepared.report.error?.code === 'file.format-not-recognised',
        options,
      });
    } catch (e) {
      const cancelled = (e as { cancelled?: boolean }).cancelled;
      setStage({
        kind: 'failed',
        text: cancelled
          ? t('import.cancelled', { name: file.name })
          : t('import.failed', {
              name: file.name,
              message: e instanceof Error ? e.message : String(e),
            }),
      });
    } finally {
      running.current = null;
    }
  };
  const keep = useKeepImport(setStage);
  const unanswered =
    stage.kind === 'review' &&
    stage.prepared.report.fractionSuspects.length > 0 &&
    stage.options.shares === undefined;
  // Into DuckDB first; then kept in the browser (or, by the user's choice, for this session only).
  const add = async (prepared: PreparedImport, session = false) => {
    const p = editCreatedIndicators(prepared, edits);
    if (!session && !(await keep.fitsOrSay(p))) return;
    try {
      const { stored, replaced, revisedCount, revised: rows } = await commitImport(coordinator, p);
      setRevised({ count: revisedCount, rows });
      const text = t('import.landed', {
        name: stored.report.fileName,
        n: stored.report.rowsKept,
        replaced,
      });
      setStage({ kind: 'landed', text });
      await keep.keep(stored, text, session);
    } catch (e) {
      setStage({
        kind: 'failed',
        text: t('import.commitFailed', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  const p = stage.kind === 'reading' ? stage.progress : null;
  const mbps = p && p.ms > 0 ? p.bytes / 1e6 / (p.ms / 1000) : 0;

  return (
    <section aria-labelledby="import-title" className="panel" data-testid="import-panel">
      <h3 id="import-title">{t('data.import')}</h3>
      <p>{t('import.intro')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const f = e.dataTransfer.files[0];
          if (f) void read(f);
        }}
      >
        <p>{t('import.drop')}</p>
        <FileButton
          label={t('import.pick')}
          testId="import-file"
          accept=".csv,.txt,.json,.tsv,text/csv,application/json"
          variant="primary"
          onFile={(f) => void read(f)}
        />
      </div>
      {stage.kind === 'reading' && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <p>{t('import.reading', { name: stage.fileName })}</p>
          <progress
            max={stage.size || 1}
            value={p?.bytes ?? 0}
            aria-label={t('import.progressLabel')}
          />
          <p className="muted">
            {p
              ? t('import.speed', {
                  rows: p.rows.toLocaleString('nb-NO'),
                  mb: (p.bytes / 1e6).toFixed(1),
                  mbps: mbps.toFixed(1),
                  rps: Math.round(p.rows / Math.max(0.001, p.ms / 1000)).toLocaleString('nb-NO'),
                })
              : ''}
          </p>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => running.current?.cancel()}
            data-testid="import-cancel"
          >
            {t('import.cancel')}
          </Button>
        </div>
      )}
      {stage.kind === 'review' && (
        <>
          <ImportReport report={stage.prepared.report} reader={stage.prepared.reader?.engine} />
          {stage.prepared.report.alternatives.length > 1 && (
            <Field>
              <Label>{t('import.readAs')}</Label>
              <Select
                value={stage.prepared.report.format ?? ''}
                onChange={(e) =>
                  void read(stage.file, { ...stage.options, format: e.target.value as FormatId })
                }
                data-testid="import-format"
              >
                {stage.prepared.report.format === null && <option value="">–</option>}
                {stage.prepared.report.alternatives.map((a) => (
                  <option key={a.format} value={a.format}>
                    {a.format} ({Math.round(a.confidence * 100)} %)
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <SharesQuestion
            report={stage.prepared.report}
            answer={stage.options.shares}
            onAnswer={(shares) => void read(stage.file, { ...stage.options, shares })}
          />
          <CreatedIndicators prepared={stage.prepared} edits={edits} onChange={setEdits} />
          {stage.mapping ? (
            <MappingForm
              file={stage.file}
              onRead={(mapping) => void read(stage.file, { ...stage.options, mapping })}
            />
          ) : (
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setStage({ ...stage, mapping: true })}
              data-testid="open-mapping"
            >
              {t('mapping.open')}
            </Button>
          )}
          <div className="button-row">
            {unanswered && (
              <p className="notice" data-testid="shares-unanswered">
                {t('shares.unanswered')}
              </p>
            )}
            {stage.prepared.report.ok && stage.prepared.report.rowsKept > 0 && (
              <Button
                data-size="sm"
                disabled={unanswered}
                onClick={() => void add(stage.prepared)}
                data-testid="import-commit"
              >
                {commitLabel(stage.prepared.report, t)}
              </Button>
            )}
            <Button variant="secondary" data-size="sm" onClick={() => setStage({ kind: 'idle' })}>
              {t('import.discard')}
            </Button>
          </div>
        </>
      )}
      <StoragePrompt
        stage={stage}
        keep={keep}
        onSessionOnly={(p) => void add(p, true)}
        onDiscard={() => setStage({ kind: 'idle' })}
      />
      {(stage.kind === 'landed' || stage.kind === 'failed') && (
        <p
          className={stage.kind === 'failed' ? 'error' : 'notice'}
          role={stage.kind === 'failed' ? 'alert' : 'status'}
          data-testid="import-outcome"
        >
          {stage.text}
        </p>
      )}
      {revised && <RevisedFigures count={revised.count} rows={revised.rows} />}
      <KeptImports />
    </section>
  );
}
