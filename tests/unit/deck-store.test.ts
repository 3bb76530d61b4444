import { beforeEach, describe, expect, it } from 'vitest';
import { DECK_KEY, PIN_PREFIX, readDeck, writeDeck } from '../../src/deck/deck-store.ts';

/** A localStorage for Node: one Map, as two tabs of one browser share it. */
function fakeStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

describe('the deck, kept one pin per key', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: Storage }).localStorage = fakeStorage();
  });

  it('moves the old one-value deck to one key per pin, once, in order', () => {
    localStorage.setItem(DECK_KEY, 'trend~1554~a,gaps~1554');
    expect(readDeck()).toBe('trend~1554~a,gaps~1554');
    expect(localStorage.getItem(DECK_KEY)).toBeNull();
    expect(localStorage.getItem(`${PIN_PREFIX}gaps~1554`)).toContain('"order":1');
  });

  it('two tabs that pin from the same deck both keep their pin', () => {
    writeDeck('trend~1554~a', '');
    const seenByB = ''; // the other tab had not heard of the first pin yet
    writeDeck('gaps~1554', seenByB);
    expect(readDeck().split(',').sort()).toEqual(['gaps~1554', 'trend~1554~a']);
  });

  it('removing and moving touch only the pins the tab saw', () => {
    writeDeck('a~1~x,b~1~y', '');
    writeDeck('a~1~x,b~1~y,c~1~z', 'a~1~x,b~1~y'); // another tab adds c
    writeDeck('b~1~y', 'a~1~x,b~1~y'); // this tab removes a, not knowing c
    expect(readDeck()).toBe('b~1~y,c~1~z');
    writeDeck('c~1~z,b~1~y', 'b~1~y,c~1~z');
    expect(readDeck()).toBe('c~1~z,b~1~y');
  });

  it('without a base, the deck becomes exactly the value (a link opened here)', () => {
    writeDeck('a~1~x,b~1~y', '');
    writeDeck('c~1~z');
    expect(readDeck()).toBe('c~1~z');
  });
});
