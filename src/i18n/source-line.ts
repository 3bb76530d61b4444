/** The fields of a source a source line shows. */
export interface SourceLike {
  publisher: string | null;
  kind: string | null;
  citation: string | null;
  title: string | null;
}

/**
 * A source in one line: who publishes the figures, and where the plan we took them from cites
 * them ("NOVA (Ungdata), gjengitt i Averøy kommune, …"); `citedIn` is the language's "cited in".
 */
export function sourceLine(s: SourceLike, citedIn: string): string {
  const publisher = (s.publisher ?? '').split(';')[0]?.trim() ?? '';
  if (s.kind === 'plan' && s.citation) return `${publisher}, ${citedIn} ${s.citation}`;
  return [publisher, s.citation ?? s.title].filter(Boolean).join(': ');
}
