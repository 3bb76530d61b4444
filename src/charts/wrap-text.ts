/** Average glyph width of Inter and common sans-serif fonts, as a share of the font size. */
export const GLYPH_WIDTH = 0.53;

/**
 * Breaks text into lines that fit `width` pixels at `fontSize` (by an average glyph width, since
 * SVG text does not wrap), at most `maxLines`; the last kept line ends with an ellipsis if cut.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines = Infinity,
): string[] {
  const max = Math.max(4, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines)
    return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, max - 1))}…`.replace(/\s+…$/, '…');
  return kept;
}
