/** What a plan's own deadline words ("Vår 2026", "Kontinuerlig", "2019–2020") say in years. */
export interface DueYears {
  /** The year the measure should be done by, when the text names one. */
  dueYear: number | null;
  /** true for texts like "Kontinuerlig", "Årlig", "Løpende": ongoing, no deadline. */
  continuous: boolean;
}

const CONTINUOUS =
  /(kontinuerlig|løpende|årlig|hvert år|fortløpende|stadig|pågående|hele planperioden|i planperioden|ongoing|continuous|annual)/i;

/**
 * Parses a deadline text. The last four-digit year in the text is the due year ("2019–2020" is due
 * 2020; "Høst 2025" is due 2025); texts with no year give null.
 */
export function parseDueText(text: string | null | undefined): DueYears {
  const t = (text ?? '').trim();
  const years = [...t.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  const dueYear = years.length > 0 ? Math.max(...years) : null;
  return { dueYear, continuous: CONTINUOUS.test(t) };
}
