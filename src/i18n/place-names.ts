/**
 * Names of comparison groups in each language. The `geo` table has one name, in bokmål, as the
 * source wrote it; bokmål shows that name, and the other languages show theirs where known here,
 * else the bokmål one. Places (Norway aside, see risk-words) keep their own names in every language.
 */
import { SIZE_GROUP } from '../domain/similar/size-classes.ts';
import type { Lang } from './lang.ts';
import { similarEn } from './similar-en.ts';
import { similarNb } from './similar-nb.ts';
import { similarNn } from './similar-nn.ts';

const GROUP_NAMES: Record<string, Partial<Record<Lang, string>>> = {
  'G-SINTEF-U2000': {
    nn: 'Kommunar under 2 000 innbyggjarar (SINTEF)',
    en: 'Municipalities under 2,000 inhabitants (SINTEF)',
  },
};

/**
 * The size group's name in another language: the group is computed for each place, so its bokmål
 * name says which size class it is.
 */
function sizeGroupName(name: string, lang: Exclude<Lang, 'nb'>): string | undefined {
  const key = (Object.keys(similarNb) as (keyof typeof similarNb)[]).find(
    (k) => k.startsWith('similar.size.') && similarNb[k] === name,
  );
  return key ? (lang === 'en' ? similarEn : similarNn)[key] : undefined;
}

/** A place's or group's name in a language: the group's name there when known, else its own. */
export function placeName(code: string, name: string, lang: Lang): string {
  if (lang === 'nb') return name;
  if (code === SIZE_GROUP) return sizeGroupName(name, lang) ?? name;
  return GROUP_NAMES[code]?.[lang] ?? name;
}
