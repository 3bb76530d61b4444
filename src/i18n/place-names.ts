/**
 * Names of comparison groups in each language. The `geo` table has one name, in bokmål, as the
 * source wrote it; bokmål shows that name, and the other languages show theirs where known here,
 * else the bokmål one. Places (Norway aside, see risk-words) keep their own names in every language.
 */
import type { Lang } from './lang.ts';

const GROUP_NAMES: Record<string, Partial<Record<Lang, string>>> = {
  'G-SINTEF-U2000': {
    nn: 'Kommunar under 2 000 innbyggjarar (SINTEF)',
    en: 'Municipalities under 2,000 inhabitants (SINTEF)',
  },
};

/** A place's or group's name in a language: the group's name there when known, else its own. */
export function placeName(code: string, name: string, lang: Lang): string {
  if (lang === 'nb') return name;
  return GROUP_NAMES[code]?.[lang] ?? name;
}
