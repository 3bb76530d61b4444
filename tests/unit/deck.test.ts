import { describe, expect, it } from 'vitest';
import {
  addPin,
  hasPin,
  MAX_PINS,
  movePin,
  parseDeck,
  parsePin,
  pinToken,
  removePin,
  serialiseDeck,
  togglePin,
  type Pin,
} from '../../src/queries/pins.ts';
import { fileSlug } from '../../src/deck/file-name.ts';
import { deckHtml, escapeHtml, inertSvg, type HtmlSlide } from '../../src/deck/html-deck.ts';
import { slideAction, slideAfter } from '../../src/deck/slide-keys.ts';
import { buildHash, parseHash } from '../../src/state/url-state.ts';
import { wrapText } from '../../src/charts/wrap-text.ts';
import { layoutTileGrid, tileColumns } from '../../src/charts/tile-grid-layout.ts';

const trend: Pin = { kind: 'trend', geo: '1554', indicator: 'ungdata-drunk-12m' };
const tiles: Pin = { kind: 'tiles', geo: '1554', theme: 'youth-substance', reference: 'country' };
const gaps: Pin = { kind: 'gaps', geo: '1554', filters: {} };
const EXAMPLE = 'trend~1554~ungdata-drunk-12m,tiles~1554~youth-substance,gaps~1554';

describe('deck tokens', () => {
  it('writes each kind of pin as the short token a link carries', () => {
    expect(pinToken(trend)).toBe('trend~1554~ungdata-drunk-12m');
    expect(pinToken(tiles)).toBe('tiles~1554~youth-substance');
    expect(pinToken({ ...tiles, reference: 'county' })).toBe('tiles~1554~youth-substance~county');
    const group: Pin = { ...tiles, geo: '3320', reference: 'G-SINTEF-U2000' };
    expect(pinToken(group)).toBe('tiles~3320~youth-substance~G-SINTEF-U2000');
    expect(parsePin(pinToken(group))).toEqual(group);
    expect(parsePin('tiles~3320~youth-substance~nonsense')).toBeNull();
    expect(pinToken(gaps)).toBe('gaps~1554');
    expect(
      pinToken({
        kind: 'gaps',
        geo: '3320',
        filters: { year: '2018', plan: 'fla-plan', ref: 'county' },
      }),
    ).toBe('gaps~3320~year:2018~plan:fla-plan~ref:county');
  });

  it('reads the example deck from the issue, in order', () => {
    expect(parseDeck(EXAMPLE)).toEqual([trend, tiles, gaps]);
    expect(serialiseDeck(parseDeck(EXAMPLE))).toBe(EXAMPLE);
  });

  it('round-trips awkward ids: tildes, commas, colons and non-ASCII are escaped', () => {
    const odd: Pin[] = [
      { kind: 'trend', geo: '1554', indicator: 'a~b,c:d æøå' },
      { kind: 'gaps', geo: '1554', filters: { plan: 'plan~1,2', group: 'unge:12–17' } },
    ];
    const text = serialiseDeck(odd);
    expect(text.split(',')).toHaveLength(2);
    expect(parseDeck(text)).toEqual(odd);
  });

  it('drops malformed and repeated tokens instead of failing', () => {
    expect(parsePin('')).toBeNull();
    expect(parsePin('chart~1554~x')).toBeNull();
    expect(parsePin('trend~1554')).toBeNull();
    expect(parsePin('trend~~x')).toBeNull();
    expect(parsePin('trend~1554~x~y')).toBeNull();
    expect(parsePin('tiles~1554~t~region')).toBeNull();
    expect(parsePin('gaps~1554~colour:red')).toBeNull();
    expect(parsePin('gaps~1554~year:2018~year:2019')).toBeNull();
    expect(parsePin('trend~1554~%E0%A4%A')).toBeNull();
    expect(parseDeck(`${EXAMPLE},nonsense,,trend~1554~ungdata-drunk-12m`)).toEqual([
      trend,
      tiles,
      gaps,
    ]);
    expect(parseDeck(undefined)).toEqual([]);
    expect(parseDeck(null)).toEqual([]);
  });

  it('keeps at most MAX_PINS pins', () => {
    const many = Array.from({ length: MAX_PINS + 5 }, (_, i) => `trend~1554~i${i}`).join(',');
    expect(parseDeck(many)).toHaveLength(MAX_PINS);
  });

  it('survives the trip through the Møte view’s URL, and the link stays readable', () => {
    const hash = buildHash({ view: 'mote', lang: 'nb', params: { deck: EXAMPLE } });
    expect(hash).toBe(`#/mote?deck=${EXAMPLE}`);
    expect(parseDeck(parseHash(hash).params.deck)).toEqual([trend, tiles, gaps]);
    // A link typed or pasted with the separators unescaped reads the same.
    expect(parseDeck(parseHash(`#/mote?deck=${EXAMPLE}`).params.deck)).toEqual([
      trend,
      tiles,
      gaps,
    ]);
  });
});

describe('deck edits', () => {
  const deck = [trend, tiles, gaps];
  const ids = (pins: Pin[]) => pins.map(pinToken);

  it('adds once, removes by id, toggles', () => {
    expect(addPin([trend], trend)).toEqual([trend]);
    expect(addPin([trend], tiles)).toEqual([trend, tiles]);
    expect(removePin(deck, pinToken(tiles))).toEqual([trend, gaps]);
    expect(togglePin(deck, tiles)).toEqual([trend, gaps]);
    expect(togglePin([trend], gaps)).toEqual([trend, gaps]);
    expect(hasPin(deck, 'gaps~1554')).toBe(true);
    expect(hasPin(deck, 'gaps~3320')).toBe(false);
  });

  it('moves up and down, clamped at the ends, without changing the input', () => {
    expect(ids(movePin(deck, 2, -1))).toEqual(ids([trend, gaps, tiles]));
    expect(ids(movePin(deck, 0, 1))).toEqual(ids([tiles, trend, gaps]));
    expect(ids(movePin(deck, 0, -1))).toEqual(ids(deck));
    expect(ids(movePin(deck, 2, 1))).toEqual(ids(deck));
    expect(ids(movePin(deck, 0, 5))).toEqual(ids([tiles, gaps, trend]));
    expect(ids(movePin(deck, 7, -1))).toEqual(ids(deck));
    expect(ids(deck)).toEqual([
      'trend~1554~ungdata-drunk-12m',
      'tiles~1554~youth-substance',
      'gaps~1554',
    ]);
  });
});

describe('presentation keys', () => {
  it('maps keyboard and clicker keys to actions', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => slideAction(k))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp'].map((k) => slideAction(k))).toEqual(['prev', 'prev']);
    expect(slideAction(' ', true)).toBe('prev');
    expect(slideAction('Home')).toBe('first');
    expect(slideAction('End')).toBe('last');
    expect(slideAction('Escape')).toBe('exit');
    expect(slideAction('n')).toBe('notes');
    expect(slideAction('N')).toBe('notes');
    expect(slideAction('x')).toBeNull();
  });

  it('moves within the deck and stops at its ends', () => {
    expect(slideAfter('next', 0, 5)).toBe(1);
    expect(slideAfter('next', 4, 5)).toBe(4);
    expect(slideAfter('prev', 0, 5)).toBe(0);
    expect(slideAfter('last', 1, 5)).toBe(4);
    expect(slideAfter('first', 3, 5)).toBe(0);
    expect(slideAfter('next', 0, 0)).toBe(0);
  });
});

describe('the HTML deck', () => {
  const slide = (n: number): HtmlSlide => ({
    title: `Figur ${n} <b>`,
    subtitle: 'Averøy · Ungdomsskoleelever',
    caption: `Forklaring ${n} & mer`,
    figureSvg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>f${n}</title><rect width="10" height="10" onclick="alert(1)"/><script>alert(1)</script><a href="https://example.org/"><text>x</text></a></svg>`,
    filters: 'Kommune: Averøy',
    source: 'Kilde: NOVA (Ungdata). Periode: 2015–2020.',
    notes: ['Notat'],
  });
  const html = deckHtml({
    lang: 'nb',
    title: 'Møte: 3 lysbilder',
    made: 'Laget i dag',
    slides: [slide(1), slide(2), slide(3)],
  });

  it('holds every slide with its words, counter and figure', () => {
    expect(html.match(/<section class="slide"/g)).toHaveLength(3);
    expect(html).toContain('Lysbilde 3 av 3');
    expect(html).toContain('Figur 2 &lt;b&gt;');
    expect(html).toContain('Forklaring 1 &amp; mer');
    expect(html).toContain('Kilde: NOVA (Ungdata). Periode: 2015–2020.');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).toContain('<html lang="nb">');
  });

  it('has no script, no event handler, no outside link, and a policy that forbids them', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain('https://');
    expect(html).toContain("default-src 'none'");
  });

  it('escapes text and strips active SVG content', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    expect(inertSvg('<svg><use href="#m"/><image href="http://x/y.png"/></svg>')).toBe(
      '<svg><use href="#m"/><image/></svg>',
    );
  });
});

describe('helpers for pictures and files', () => {
  it('wraps text by width and cuts with an ellipsis', () => {
    expect(wrapText('Har vært beruset siste 12 måneder', 200, 20)).toEqual([
      'Har vært beruset',
      'siste 12 måneder',
    ]);
    const cut = wrapText('en to tre fire fem seks sju åtte ni ti elleve tolv', 100, 20, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
    expect(wrapText('', 100, 20)).toEqual([]);
  });

  it('lays out tiles in one row up to four, two rows up to ten, then six across', () => {
    expect([1, 3, 4, 5, 6, 7, 9, 12].map(tileColumns)).toEqual([1, 3, 4, 3, 3, 4, 5, 6]);
    const g = layoutTileGrid(['a', 'b', 'c', 'd', 'e'], [3, 3, 3, 4, 3], 1200, 20);
    expect(g.cols).toBe(3);
    expect(g.boxes).toHaveLength(5);
    expect(g.boxes[3]?.x).toBe(0);
    expect(g.boxes[3]?.y).toBeGreaterThan(0);
    // A grid row is as tall as its tallest tile.
    expect(g.boxes[3]?.h).toBe(g.boxes[4]?.h);
    expect(g.boxes[3]?.h).toBeGreaterThan(g.boxes[0]?.h ?? Infinity);
  });

  it('makes readable file names', () => {
    expect(fileSlug('Har vært beruset siste 12 måneder', 'Averøy')).toBe(
      'har-vaert-beruset-siste-12-maneder-averoy',
    );
    expect(fileSlug('«»')).toBe('oversikt');
  });
});
