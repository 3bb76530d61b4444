/** Any table read through a user's column mapping (see mapping.ts); chosen, never detected. */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import type { CsvInput, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { NO_EXTRA, readMapped } from './mapped.ts';

export const columnMapping: Reader = {
  id: 'column-mapping',
  detect(): number {
    return 0;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    if (input.kind !== 'csv')
      throw new IngestError(msg('file.needs-csv', { format: 'column-mapping' }));
    const mapping = ctx.options.mapping;
    if (!mapping) throw new IngestError(msg('file.mapping-missing'));
    return readMapped(input as CsvInput, mapping, ctx, NO_EXTRA, false, {
      title: ctx.fileName,
      publisher: 'Egen import (kolonnekobling)',
    });
  },
};
