/** The interface's languages: bokmål, nynorsk and English. */
export type Lang = 'nb' | 'nn' | 'en';

/** The languages in the switcher's order: bokmål first, then nynorsk and English. */
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** Each language's name in that language, as the switcher shows it. */
export const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** Reads a language code (from a link or storage); anything else is null. */
export const langFrom = (s: string | null | undefined): Lang | null =>
  s === 'nb' || s === 'nn' || s === 'en' ? s : null;

/**
 * Nynorsk's locale: `nn-NO` where Intl has it (Node does), else `nb-NO` (Debian's Chromium has no
 * nn data and would fall back to English). Numbers and dates are written alike in both.
 */
const NN_LOCALE =
  typeof Intl !== 'undefined' && Intl.NumberFormat.supportedLocalesOf(['nn-NO']).length > 0
    ? 'nn-NO'
    : 'nb-NO';

/** The locale numbers and dates are written in. */
export const localeOf = (lang: Lang): string =>
  lang === 'en' ? 'en-GB' : lang === 'nn' ? NN_LOCALE : 'nb-NO';
