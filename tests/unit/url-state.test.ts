import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/state/url-state.ts';
import { trenderParams, trenderStateFrom } from '../../src/queries/trender.ts';

describe('URL state', () => {
  it('round-trips view, language and params', () => {
    const s = {
      view: 'trender' as const,
      lang: 'en' as const,
      params: { geo: '3447', ind: 'med-adhd,med-antidepressants', theme: '' },
    };
    const hash = buildHash(s);
    expect(hash).toBe('#/trender?geo=3447&ind=med-adhd,med-antidepressants&lang=en');
    expect(parseHash(hash)).toEqual({
      view: 'trender',
      lang: 'en',
      params: { geo: '3447', ind: 'med-adhd,med-antidepressants' },
    });
  });

  it('falls back to the start view and bokmål', () => {
    expect(parseHash('')).toEqual({ view: 'oversikt', lang: 'nb', params: {} });
    expect(parseHash('#/nowhere?lang=de')).toEqual({ view: 'oversikt', lang: 'nb', params: {} });
  });

  it('keeps nynorsk in the link, and uses the remembered language only when the link has none', () => {
    const s = { view: 'oversikt' as const, lang: 'nn' as const, params: { geo: '1554' } };
    expect(buildHash(s)).toBe('#/oversikt?geo=1554&lang=nn');
    expect(parseHash('#/oversikt?geo=1554&lang=nn', 'en').lang).toBe('nn');
    expect(parseHash('#/oversikt?geo=1554', 'nn').lang).toBe('nn');
    expect(parseHash('#/oversikt?lang=xx', 'en').lang).toBe('en');
  });

  it('Trender state: URL first, then the remembered place, then the default', () => {
    expect(trenderStateFrom({}, null)).toEqual({
      geo: '1554',
      theme: 'youth-substance',
      indicators: [],
    });
    expect(trenderStateFrom({}, '3320').geo).toBe('3320');
    expect(trenderStateFrom({ geo: '3447', ind: 'a,b' }, '3320')).toEqual({
      geo: '3447',
      theme: '',
      indicators: ['a', 'b'],
    });
    expect(trenderParams({ geo: '3447', theme: '', indicators: ['a', 'b'] })).toEqual({
      geo: '3447',
      theme: '',
      ind: 'a,b',
    });
  });
});
