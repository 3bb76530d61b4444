import type { T } from '../../i18n/i18n.ts';
import { ConsoleRefused, duckdbErrorKind } from '../../sql/console.ts';

/** What the console shows for a refused or failed statement: a kind (for tests), text and details. */
export interface ConsoleMessage {
  kind: string;
  text: string;
  /** What is allowed (after a refusal), or DuckDB's own message (after an error). */
  detail: string;
}

/** The console's words for an error thrown by `runReadOnly`. */
export function consoleMessage(e: unknown, t: T): ConsoleMessage {
  if (e instanceof ConsoleRefused) {
    const r = e.refusal;
    const allowed = t('sealc.allowed');
    switch (r.kind) {
      case 'empty':
        return { kind: 'empty', text: t('console.empty'), detail: allowed };
      case 'multiple':
        return { kind: 'multiple', text: t('sealc.refused.multiple'), detail: allowed };
      case 'statement':
        return {
          kind: 'statement',
          text: t('sealc.refused.statement', { word: r.word.toUpperCase() }),
          detail: allowed,
        };
      case 'function':
        return {
          kind: 'function',
          text: t('sealc.refused.function', { name: r.name }),
          detail: allowed,
        };
      case 'unsealed':
        return { kind: 'unsealed', text: t('sealc.refused.unsealed'), detail: '' };
    }
  }
  const message = e instanceof Error ? e.message : String(e);
  const kind = duckdbErrorKind(message);
  return {
    kind,
    text: t(`sealc.error.${kind}`),
    detail: t('sealc.detail', { message: message.split('\n')[0] ?? message }),
  };
}
