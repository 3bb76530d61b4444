const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'ae', Ø: 'o', Å: 'a' };

/** A safe, readable file name from words: "Har vært beruset, Averøy" → "har-vaert-beruset-averoy". */
export function fileSlug(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .replace(/[æøåÆØÅ]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'oversikt';
}
