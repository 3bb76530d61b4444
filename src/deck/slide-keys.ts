/** What a key does in the presentation. */
export type SlideAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'notes';

/**
 * The presentation's keys, as clickers and keyboards send them: →, Page Down and Space go on;
 * ←, Page Up and Shift+Space go back; Home and End jump; N toggles the notes; Esc leaves.
 */
export function slideAction(key: string, shift = false): SlideAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'n':
    case 'N':
      return 'notes';
    default:
      return null;
  }
}

/** The slide index an action leads to (clamped to the deck). */
export function slideAfter(action: SlideAction, index: number, total: number): number {
  const last = Math.max(0, total - 1);
  if (action === 'next') return Math.min(last, index + 1);
  if (action === 'prev') return Math.max(0, index - 1);
  if (action === 'first') return 0;
  if (action === 'last') return last;
  return index;
}
