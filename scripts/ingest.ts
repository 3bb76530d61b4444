/**
 * Imports one user export from the command line, through the same library the browser uses:
 *
 *   npm run ingest -- <file> [--out <dir>] [--format <id>] [--indicator <id>] [--unit <unit>]
 *                            [--theme <id>] [--mapping <mapping.json>] [--shares fraction|percent]
 *                            [--reader own]
 *   npm run ingest -- --table <file>
 *
 * Checks it against the places, code changes and indicators in data/*.parquet, prints the report
 * as JSON (each message with its code, parameters and English text), and with --out writes
 * observation.parquet, indicator.parquet (the indicators the rows use, created or matched),
 * geo.parquet (new comparison groups only), source.parquet and report.json there. The file is
 * read a chunk at a time and the rows go to disk as they come, so it may be of any size. Files of
 * one figure per line (the generic long CSV, column mappings) are read by DuckDB's CSV reader
 * with the importer's rules (src/imports/duck-ingest.ts), the rest by the importer's own reader;
 * stderr says which, and --reader own asks for the own reader.
 * With --table it reads the file with DuckDB's own CSV reader into a table, as "Åpne som tabell"
 * in the Data view does, and prints that report as text (header with DuckDB's types, rows,
 * rejected lines with DuckDB's reasons; scripts/ingest-table.ts).
 * Exit code 0 when the file could be read, 1 when not, 2 on a usage error.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rawRow } from '../src/arrow/decode.ts';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';
import { writeParquet } from '../pipelines/lib/parquet.ts';
import { UNITS, type Unit } from '../src/domain/contract.ts';
import { reportWithText } from '../src/i18n/ingest-report-text.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import type { ColumnMapping } from '../src/ingest/mapping.ts';
import { FORMAT_IDS, type FormatId, type IngestOptions } from '../src/ingest/types.ts';
import { fileSource } from './file-source.ts';
import { openTableOnDisk } from './ingest-table.ts';
import { ingestReason } from '../src/i18n/ingest-text.ts';
import { tableReportText } from '../src/i18n/table-text.ts';
import { copySortedObservations, ObservationSink } from './observation-sink.ts';
import { nodeCsvHost } from '../pipelines/lib/duck-csv-host.ts';
import { openDuckDb } from '../pipelines/lib/parquet.ts';
import { ingestWithDuckDb } from '../src/imports/duck-ingest.ts';
import type { Row } from '../src/domain/contract.ts';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const USAGE =
  'usage: npm run ingest -- <file> [--out <dir>] [--format <id>] [--indicator <id>] [--unit <unit>] [--theme <id>] [--mapping <file.json>] [--shares fraction|percent] [--reader own]\n       npm run ingest -- --table <file>';

interface Args {
  file: string;
  /** --table: read the file as a table with DuckDB's CSV reader. */
  table: boolean;
  out?: string;
  /** --reader own: the importer's own reader, even where DuckDB's could read the file. */
  ownReader: boolean;
  options: IngestOptions;
}

function parseArgs(argv: string[]): Args | string {
  const options: IngestOptions = {};
  let file: string | undefined;
  let out: string | undefined;
  let table = false;
  let ownReader = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--out') out = value();
      else if (a === '--table') table = true;
      else if (a === '--reader') {
        const r = value();
        if (r !== 'own' && r !== 'duckdb') return '--reader must be own or duckdb';
        ownReader = r === 'own';
      } else if (a === '--format') {
        const f = value();
        if (!(FORMAT_IDS as readonly string[]).includes(f))
          return `--format must be one of ${FORMAT_IDS.join(', ')}`;
        options.format = f as FormatId;
      } else if (a === '--indicator') options.indicatorId = value();
      else if (a === '--theme') options.themeId = value();
      else if (a === '--unit') {
        const u = value();
        if (!(UNITS as readonly string[]).includes(u))
          return `--unit must be one of ${UNITS.join(', ')}`;
        options.unit = u as Unit;
      } else if (a === '--shares') {
        const v = value();
        if (v !== 'fraction' && v !== 'percent') return '--shares must be fraction or percent';
        options.shares = v;
      } else if (a === '--mapping')
        options.mapping = JSON.parse(readFileSync(value(), 'utf8')) as ColumnMapping;
      else if (a === '--help' || a === '-h') return USAGE;
      else if (a.startsWith('--')) return `unknown option ${a}`;
      else if (file === undefined) file = a;
      else return `one file at a time (${a})`;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  if (!file) return USAGE;
  if (table && (out !== undefined || Object.keys(options).length > 0))
    return '--table takes a file and no other option';
  return { file, table, out, ownReader, options };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `${args}\n${USAGE}`);
    return 2;
  }
  const path = resolve(args.file);
  if (!existsSync(path)) {
    console.error(`no such file: ${path}`);
    return 2;
  }
  if (args.table) {
    const opened = await openTableOnDisk(path);
    if (opened.ok) process.stdout.write(tableReportText('en', opened.report));
    else
      console.error(
        'reason' in opened ? ingestReason('en', opened.reason) : `DuckDB: ${opened.error}`,
      );
    return opened.ok ? 0 : 1;
  }

  const db = await NodeConnector.open(DATA_DIR);
  const all = (table: 'geo' | 'geo_change' | 'indicator') =>
    db.query({ sql: `SELECT * FROM ${table}`, params: [], decode: rawRow });
  const context = {
    geo: await all('geo'),
    geo_change: await all('geo_change'),
    indicator: await all('indicator'),
  };
  db.close();

  const source = fileSource(path);
  // DuckDB's CSV reader reads the file where its shape allows (src/imports/duck-ingest.ts): the
  // kept rows go from its table straight to observation.parquet. Where the importer's own reader
  // reads it, with --out the rows go to a scratch database on disk as they are read; without,
  // they are counted in the report and not kept.
  const sink = args.out ? await ObservationSink.open() : null;
  const readDb = new NodeConnector(await openDuckDb());
  const out = args.out ? resolve(args.out) : null;
  let copied: number | null = null;
  try {
    const options = { ...args.options, onRows: (rows: Row[]) => sink?.add(rows) };
    const read = args.ownReader
      ? {
          result: await ingestFile(source, basename(path), context, options),
          engine: 'own' as const,
          why: '--reader own',
        }
      : await ingestWithDuckDb(
          source,
          basename(path),
          context,
          options,
          nodeCsvHost(readDb, path),
          async (tx, kept) => {
            if (!out) return;
            mkdirSync(out, { recursive: true });
            copied = await copySortedObservations(
              tx,
              kept.select,
              join(out, 'observation.parquet'),
            );
          },
        );
    const result = read.result;
    console.error(
      read.engine === 'duckdb'
        ? "read by DuckDB's CSV reader"
        : `read by the importer's own reader${read.why ? ` (${read.why})` : ''}`,
    );
    const report = `${JSON.stringify(reportWithText(result.report), null, 2)}\n`;
    process.stdout.write(report);
    if (sink && out && result.report.ok) {
      mkdirSync(out, { recursive: true });
      if (copied === null) await sink.write(join(out, 'observation.parquet'));
      await writeParquet('indicator', result.indicators, join(out, 'indicator.parquet'));
      await writeParquet('geo', result.geoAdditions, join(out, 'geo.parquet'));
      await writeParquet(
        'source',
        result.source ? [result.source] : [],
        join(out, 'source.parquet'),
      );
      writeFileSync(join(out, 'report.json'), report);
      console.error(
        `wrote ${copied ?? sink.rows} observations, ${result.indicators.length} indicators, ${result.geoAdditions.length} new places and the source to ${out}`,
      );
    } else if (args.out) {
      console.error('nothing written: the file could not be read (see the report)');
    }
    return result.report.ok ? 0 : 1;
  } finally {
    source.close();
    sink?.close();
    readDb.close();
  }
}

// Exit once stdout has taken the whole report (a pipe takes 64 KiB at a time).
main().then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
