import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PipelineError } from './errors.ts';

/**
 * Text of a downloaded file: UTF-8 when the bytes are valid UTF-8, otherwise ISO-8859-1 (SSB's
 * Statbank exports). A BOM is dropped and line ends become `\n`.
 */
export function decodeRaw(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

/** sha256 of bytes, as 64 hex digits. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads a raw file and checks it is the file the source table names (by sha256), so a new
 * download is never taken in silently: update `curated/source.csv` first.
 */
export function readRawFile(path: string, expectedSha: string | null, label: string): string {
  if (!existsSync(path))
    throw new PipelineError([
      { file: label, line: 0, column: '(file)', rule: 'missing', value: path },
    ]);
  const bytes = readFileSync(path);
  const sha = sha256(bytes);
  if (expectedSha && sha !== expectedSha)
    throw new PipelineError([
      {
        file: label,
        line: 0,
        column: 'sha256',
        rule: `differs from curated/source.csv (${expectedSha.slice(0, 12)}…): a new download? update source.csv and notes`,
        value: sha,
      },
    ]);
  return decodeRaw(bytes);
}

/** Writes text atomically (temp file, then rename), and only when it changed. Returns true if written. */
export function writeTextIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return true;
}

/** One CSV field as the curated files write it: quoted only when it holds a comma, quote or line break. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV text from a header and rows (UTF-8, `\n`, trailing newline). */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (r: readonly unknown[]) =>
    r.map((v) => csvField(v as string | number | null | undefined)).join(',');
  return [header.join(','), ...rows.map(line)].join('\n') + '\n';
}
