import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectSnapshot } from './expect-snapshot.ts';

describe('expectSnapshot', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'snap-'));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a missing snapshot and passes locally', () => {
    vi.stubEnv('CI', '');
    expectSnapshot('a', '<svg/>\n', dir);
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('<svg/>\n');
  });

  it('writes a missing snapshot and fails in CI', () => {
    vi.stubEnv('CI', 'true');
    expect(() => expectSnapshot('a', '<svg/>\n', dir)).toThrow(/a\.svg did not exist/);
    expect(existsSync(join(dir, 'a.svg'))).toBe(true);
  });

  it('on a difference writes -changed.svg, fails naming both files, and keeps the snapshot', () => {
    writeFileSync(join(dir, 'a.svg'), '<svg fill="red"/>\n');
    expect(() => expectSnapshot('a', '<svg fill="blue"/>\n', dir)).toThrow(
      /a\.svg differs: the new picture is in .*a-changed\.svg/,
    );
    expect(readFileSync(join(dir, 'a-changed.svg'), 'utf8')).toBe('<svg fill="blue"/>\n');
    expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('<svg fill="red"/>\n');
  });

  it('on a match removes a stale -changed.svg', () => {
    writeFileSync(join(dir, 'a.svg'), '<svg/>\n');
    writeFileSync(join(dir, 'a-changed.svg'), '<svg fill="blue"/>\n');
    expectSnapshot('a', '<svg/>\n', dir);
    expect(existsSync(join(dir, 'a-changed.svg'))).toBe(false);
  });
});
