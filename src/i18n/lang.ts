/** The interface's languages: bokmål, nynorsk and English. */
export type Lang = 'nb' | 'nn' | 'en';

/** The languages in the switcher's order: bokmål first, then nynorsk and English. */
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** Each language's name in that language, as the switcher shows it. */
export const LANG_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** Reads a language code (from a link or storage); anything else is null. */
export const langFrom = (s: string | null | undefined): Lang | null =>
  s === 'nb' || s === 'nn' || s === 'en' ? s : null;

/** The locale numbers and dates are written in (Intl has `nn-NO`). */
export const localeOf = (lang: Lang): string =>
  lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
