import type { Row, TableName } from '../../src/domain/contract.ts';
import type { PipelineIO, SourcedRow } from './curated.ts';
import { relative } from 'node:path';
import { inputFiles } from './curated.ts';

/** What one pipeline produces: the rows of one contract table and the inputs they came from. */
export interface TableBuild {
  table: TableName;
  rows: Row[];
  inputs: string[];
}

/** Wraps validated rows as a table build. */
export function tableBuild(io: PipelineIO, table: TableName, rows: SourcedRow[]): TableBuild {
  return {
    table,
    rows: rows.map((r) => r.row),
    inputs: inputFiles(io, table).map((f) => relative(io.root, f)),
  };
}
