import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Where the committed snapshots live. */
export const SNAPSHOT_DIR = fileURLToPath(new URL('./snapshots/', import.meta.url));

const inCi = () => !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const shown = (file: string) => relative(process.cwd(), file);

/**
 * Compares `actual` with `snapshots/<name>.svg`. On a difference it writes `<name>-changed.svg`
 * beside it for review and fails naming both. A missing snapshot is written; in CI (`CI` set) that
 * is an error, since the snapshot should have been committed. A match removes a stale `-changed`.
 */
export function expectSnapshot(name: string, actual: string, dir = SNAPSHOT_DIR): void {
  const file = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual, 'utf8');
    if (inCi())
      throw new Error(
        `Snapshot ${shown(file)} did not exist; it was written now. Review and commit it.`,
      );
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual, 'utf8');
  expect(
    actual,
    `${shown(file)} differs: the new picture is in ${shown(changed)}. If the change is meant, ` +
      `copy it over the snapshot (or delete the snapshot and run again).`,
  ).toBe(expected);
}
