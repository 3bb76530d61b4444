import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real downloads beside the repository (../shared/formats), as on CI. */
export const RAW_DIR = fileURLToPath(new URL('../../../shared/formats', import.meta.url));
export const HAS_RAW = existsSync(RAW_DIR);

/** Says, once per file, that tests needing the raw downloads were left out. */
export function noteIfLeftOut(what: string): void {
  if (!HAS_RAW) console.log(`Left out (${RAW_DIR} is absent): ${what}`);
}
