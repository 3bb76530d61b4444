/** An error that stops an import of one file, with its reason in plain words (shown in the report). */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
