/** The ingest library's smallest shared types, imported by the modules `types.ts` builds on. */
import type { Cell } from '../domain/contract.ts';

/** A column separator the sniffer can choose. */
export type Separator = ';' | ',' | '\t';

/** A contract row as the caller passes it in (from DuckDB or a CSV): geo, geo_change or indicator. */
export type ContextRow = Record<string, Cell | undefined>;

/** The encoding a file was read as. */
export type EncodingId = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How to decode a file: its encoding and the bytes of a byte-order mark to skip. */
export interface Encoding {
  id: EncodingId;
  skip: number;
}
