/**
 * The importer's limits, in one place (src/ingest/README.md states them). The browser's own limit
 * on file size, which depends on the memory a tab has, is in src/imports/limits.ts.
 */

/** At most this many non-blank lines (titles, notes) above a table's header. */
export const MAX_PREAMBLE = 10;

/** Lines of the start of a file read to find the separator, the header and the format. */
export const SAMPLE_LINES = 200;

/** Data rows of the start of a file the format detection looks at. */
export const SAMPLE_ROWS = 200;

/**
 * The start of a file read to find its shape stops at SAMPLE_LINES lines or this many characters,
 * whichever comes first (a wide table's header of 64 KiB or more fits many times).
 */
export const HEAD_MAX_CHARS = 16 * 1024 * 1024;

/**
 * A record (one row, with the line breaks inside its quotes) longer than this is not read: its
 * lines are reported as unreadable, and reading goes on after it.
 */
export const MAX_RECORD_CHARS = 8 * 1024 * 1024;

/** A JSON file is parsed whole; larger ones are refused with this limit in the reason. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;
