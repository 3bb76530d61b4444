import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../src/i18n/i18n.ts';
import { commitLabel } from '../../src/views/data/commit-label.ts';

const nb = (key: MessageKey, params: Record<string, string | number>) =>
  translate('nb', key, params);

describe('the import button', () => {
  it('counts figures, or rows and those with a figure when some are suppressed or missing', () => {
    expect(commitLabel({ rowsKept: 4, statuses: { ok: 4, suppressed: 0, missing: 0 } }, nb)).toBe(
      'Legg til 4 tall',
    );
    expect(
      commitLabel({ rowsKept: 570, statuses: { ok: 137, suppressed: 21, missing: 412 } }, nb),
    ).toBe('Legg til 570 rader (137 med tall)');
  });
});
