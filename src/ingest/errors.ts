import type { IngestMessage } from './messages.ts';

/** An error that stops an import of one file, with its reason as a message (shown in the report). */
export class IngestError extends Error {
  constructor(readonly reason: IngestMessage) {
    super(reason.code);
    this.name = 'IngestError';
  }
}
