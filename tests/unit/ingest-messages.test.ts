/**
 * The import report's words: every code has a message in bokmål and English using the same
 * parameters, and the renderer fills them (nested messages, counts, sizes, lists, empty cells).
 */
import { describe, expect, it } from 'vitest';
import { ingestWordsEn } from '../../src/i18n/ingest-en.ts';
import { ingestWordsNb } from '../../src/i18n/ingest-nb.ts';
import {
  ingestReason,
  ingestSummary,
  ingestText,
  unreadableText,
} from '../../src/i18n/ingest-text.ts';
import { INGEST_CODES, msg } from '../../src/ingest/messages.ts';

const PARAM = /\{(\w+)[^}]*\}/g;
const params = (t: string): string[] => [...t.matchAll(PARAM)].map((m) => m[1] as string).sort();

describe('the messages', () => {
  it('say every code in both languages with the same parameters', () => {
    for (const code of INGEST_CODES) {
      const nb = ingestWordsNb.codes[code];
      const en = ingestWordsEn.codes[code];
      expect(nb, code).toBeTruthy();
      expect(en, code).toBeTruthy();
      expect(new Set(params(nb)), code).toEqual(new Set(params(en)));
    }
  });

  it('fill in values, nested messages, counts, lists and empty cells', () => {
    const unknown = msg('unknown-place.row', {
      place: 'K-1507 Ålesund',
      why: msg('place.not-today', {
        code: '1507',
        hint: msg('place.today-is', { name: 'Ålesund', code: '1508' }),
      }),
    });
    expect(ingestReason('nb', unknown)).toBe(
      'Ukjent sted: K-1507 Ålesund (nummer 1507 er ikke et sted i dag, og geo_change fører det ikke videre; dagens Ålesund er 1508 — legg endringen inn i geo_change for å føre det over)',
    );
    expect(ingestReason('en', unknown)).toBe(
      "unknown place: K-1507 Ålesund (code 1507 is not a place of today, and geo_change does not carry it; today's Ålesund is 1508 — add the change to geo_change to carry it)",
    );
    const carried = (rows: number) =>
      msg('note.carried', { place: 'K-3001 Halden', to: '3101', chain: ['3001', '3101'], rows });
    expect(ingestText('nb', carried(1))).toBe(
      'K-3001 Halden ført over til 3101 gjennom geo_change (3001 → 3101): 1 rad',
    );
    expect(ingestText('nb', carried(106))).toBe(
      'K-3001 Halden ført over til 3101 gjennom geo_change (3001 → 3101): 106 rader',
    );
    expect(ingestReason('nb', msg('bad-period.row', { value: '' }))).toBe(
      'Ugyldig periode: (tom) er ikke et år eller en periode av år (2015, 2013_2015)',
    );
    expect(
      ingestText(
        'nb',
        msg('invalid.row', { column: 'value', rule: 'must not be negative', value: '-1' }),
      ),
    ).toBe('value kan ikke være negativ (-1)');
    expect(
      ingestText(
        'nb',
        msg('note.indicator-created', { id: 'x', unit: 'ratio', theme: 't', guessed: true }),
      ),
    ).toBe(
      'indikatoren x er opprettet: enhet ratio (gjettet: filen sier det ikke; sjekk den), tema t',
    );
    expect(
      ingestText(
        'en',
        msg('note.indicator-created', { id: 'x', unit: 'ratio', theme: 't', guessed: false }),
      ),
    ).toBe('indicator x created: unit ratio, theme t');
  });

  it('name unreadable lines and give totals that add up', () => {
    const u = { from: 4, to: 200, reason: msg('unreadable.unclosed-quote', { line: 4 }) };
    expect(unreadableText('nb', u)).toBe(
      'linje 4–200 (197 linjer): et anførselstegn åpnet på linje 4 lukkes aldri; se på den cellen og les filen på nytt',
    );
    const totals = {
      rowsRead: 199,
      rowsKept: 2,
      rowsRejected: 0,
      rowsDropped: 0,
      rowsUnreadable: 197,
    };
    expect(ingestSummary('nb', totals)).toBe(
      '199 lest = 2 beholdt + 0 avvist + 0 utelatt + 197 uleselige',
    );
    expect(ingestSummary('en', totals)).toBe(
      '199 read = 2 kept + 0 rejected + 0 left out + 197 unreadable',
    );
  });

  it('fall back to the code for a message they do not know', () => {
    expect(ingestText('nb', { code: 'no.such' as never, params: { a: 1 } })).toBe(
      'no.such {"a":1}',
    );
  });
});
