import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { pickEncoding, precompress } from '../../scripts/precompress.ts';

it('writes .gz and .br copies that decode to the same bytes, only of large files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  const big = Buffer.from('function f() { return 1; }\n'.repeat(2000));
  writeFileSync(join(dir, 'big.js'), big);
  writeFileSync(join(dir, 'small.js'), 'x');
  expect(await precompress(dir)).toEqual(['big.js']);
  expect(gunzipSync(readFileSync(join(dir, 'big.js.gz')))).toEqual(big);
  expect(brotliDecompressSync(readFileSync(join(dir, 'big.js.br')))).toEqual(big);
  expect(readFileSync(join(dir, 'big.js.br')).byteLength).toBeLessThan(big.byteLength / 10);
  expect(existsSync(join(dir, 'small.js.gz'))).toBe(false);
});

it('picks brotli, then gzip, and honours q=0', () => {
  expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
  expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
  expect(pickEncoding('identity')).toBe('');
  expect(pickEncoding(undefined)).toBe('');
});
