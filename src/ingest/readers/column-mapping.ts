/** Any table read through a user's column mapping (see mapping.ts); chosen, never detected. */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import type {
  CsvInput,
  MappedPlan,
  ParsedInput,
  ReadContext,
  ReadOutput,
  Reader,
} from '../types.ts';
import { mappedRows, NO_EXTRA, readMapped } from './mapped.ts';

function plan(input: CsvInput, ctx: ReadContext): MappedPlan {
  const mapping = ctx.options.mapping;
  if (!mapping) throw new IngestError(msg('file.mapping-missing'));
  return {
    rows: mappedRows(input.header, mapping, ctx, NO_EXTRA, false),
    source: { title: ctx.fileName, publisher: 'Egen import (kolonnekobling)' },
  };
}

export const columnMapping: Reader = {
  id: 'column-mapping',
  detect(): number {
    return 0;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    if (input.kind !== 'csv')
      throw new IngestError(msg('file.needs-csv', { format: 'column-mapping' }));
    return readMapped(input, plan(input, ctx), ctx);
  },
  mapped: plan,
};
