/** What a plan's own deadline words ("Vår 2026", "Kontinuerlig", "2019–2020") say in years. */
export interface DueYears {
  /** The year the measure should be done by, when the text names one. */
  dueYear: number | null;
  /** true for texts like "Kontinuerlig", "Årlig", "Løpende", "Fra 2018": ongoing, no deadline. */
  continuous: boolean;
  /** The year a text like "Fra 2018" or "Oppstart høst 2019" says the measure starts. */
  startYear: number | null;
}

const CONTINUOUS =
  /(kontinuerlig|løpende|årlig|hvert år|fortløpende|stadig|pågående|jevnlig|hele planperioden|i planperioden|ongoing|continuous|annual)/i;
/** A text that names when a measure starts, not when it is due ("Fra 2018", "Oppstart høst 2019"). */
const START =
  /(^|\s)(fra( og med)?|f\.o\.m\.?|oppstart|starter|start|from)\s+((vår|høst|sommer|vinter|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+)?((19|20)\d{2})/i;

/**
 * Parses a deadline text. The last four-digit year in the text is the due year ("2019–2020" is due
 * 2020; "Høst 2025" is due 2025); texts with no year give null; a text that names a start
 * ("Fra 2018") gives that start year and no deadline.
 */
export function parseDueText(text: string | null | undefined): DueYears {
  const t = (text ?? '').trim();
  const start = START.exec(t);
  if (start) {
    // "Fra 2019" starts the work and sets no deadline; a later year in the text may still be one.
    const from = Number(start[6]);
    const later = [...t.matchAll(/\b(19|20)\d{2}\b/g)]
      .map((m) => Number(m[0]))
      .filter((y) => y > from);
    return {
      dueYear: later.length > 0 ? Math.max(...later) : null,
      continuous: later.length === 0,
      startYear: from,
    };
  }
  const years = [...t.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  const dueYear = years.length > 0 ? Math.max(...years) : null;
  return { dueYear, continuous: CONTINUOUS.test(t), startYear: null };
}
