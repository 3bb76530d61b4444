import { describe, expect, it } from 'vitest';
import { describeProblems, sealProblems } from '../../src/db/seal.ts';
import { functionCheck, planFunctions } from '../../src/sql/console-functions.ts';
import { duckdbErrorKind } from '../../src/sql/console.ts';
import { SEAL_CHECKED } from '../../src/sql/seal.ts';

describe('table functions in a plan', () => {
  const plan = JSON.stringify([
    {
      name: 'CROSS_PRODUCT',
      children: [
        { name: 'SEQ_SCAN ', children: [], extra_info: { Table: 'geo' } },
        { name: 'ENABLE_LOGGING ', children: [], extra_info: { Function: 'ENABLE_LOGGING' } },
        { name: 'RANGE ', children: [], extra_info: { Function: 'RANGE' } },
      ],
      extra_info: {},
    },
  ]);
  it('finds every function at any depth', () => {
    expect(planFunctions(plan)).toEqual(['enable_logging', 'range']);
  });
  it('allows readers and refuses the rest, also functions it does not know', () => {
    expect(functionCheck(['range', 'duckdb_settings', 'read_csv'])).toBeNull();
    expect(functionCheck(['range', 'enable_logging'])).toEqual({
      kind: 'function',
      name: 'enable_logging',
    });
    expect(functionCheck(['arrow_scan'])).toEqual({ kind: 'function', name: 'arrow_scan' });
    expect(functionCheck(['some_future_writer'])).toEqual({
      kind: 'function',
      name: 'some_future_writer',
    });
  });
});

describe('the seal check', () => {
  const sealed = SEAL_CHECKED.map((s) => ({ name: s.name, value: s.value }));
  it('passes when every setting has its value', () => {
    expect(sealProblems(sealed)).toEqual([]);
  });
  it('names a setting with the wrong value, and a missing one', async () => {
    const rows = sealed
      .filter((r) => r.name !== 'lock_configuration')
      .map((r) => (r.name === 'enable_external_access' ? { ...r, value: 'true' } : r));
    const problems = sealProblems(rows);
    expect(problems).toEqual([
      { name: 'enable_external_access', expected: 'false', actual: 'true' },
      { name: 'lock_configuration', expected: 'true', actual: null },
    ]);
    const { translate } = await import('../../src/i18n/i18n.ts');
    expect(describeProblems(problems, (p) => translate('nb', 'seal.problem', p))).toBe(
      'enable_external_access er true, skal være false, lock_configuration er ∅, skal være true',
    );
  });
});

describe('DuckDB errors in words', () => {
  it.each([
    [
      'Permission Error: Cannot access file "x" - file system operations are disabled by configuration',
      'sealed',
    ],
    ['Permission Error: Loading external extensions is disabled through configuration', 'sealed'],
    ["Extension Autoloading Error: … 'parquet'", 'sealed'],
    [
      'TransactionContext Error: Cannot write to database "memory" - transaction is launched in read-only mode',
      'readOnly',
    ],
    [
      'Invalid Input Error: Cannot change configuration option "threads" - the configuration has been locked',
      'locked',
    ],
    [
      'Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.',
      'extension',
    ],
    ['Catalog Error: Table with name nope does not exist!', 'other'],
  ])('%s → %s', (message, kind) => expect(duckdbErrorKind(message)).toBe(kind));
});
