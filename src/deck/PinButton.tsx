import { useT } from '../i18n/i18n.ts';
import { hasPin, pinToken, togglePin, type Pin } from '../queries/pins.ts';
import { useDeck } from './useDeck.ts';

/** A toggle that pins an item to the meeting deck (or takes it off), named after what it pins. */
export function PinButton({
  pin,
  what,
  className = '',
}: {
  /** What the button pins. */
  pin: Pin;
  /** The pinned item's name, for the button's accessible name ("Fest til møte: Skjenkesteder"). */
  what: string;
  className?: string;
}) {
  const { t } = useT();
  const [pins, setPins] = useDeck();
  const id = pinToken(pin);
  const pinned = hasPin(pins, id);
  const text = pinned ? t('mote.pinned') : t('mote.pin');
  return (
    <button
      type="button"
      className={`ds-button pin-button ${className}`.trim()}
      data-variant={pinned ? 'primary' : 'secondary'}
      data-size="sm"
      aria-pressed={pinned}
      aria-label={`${text}: ${what}`}
      data-testid={`pin-${id}`}
      onClick={() => setPins(togglePin(pins, pin))}
    >
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
        {pinned ? (
          <path d="M2 7.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2" />
        ) : (
          <path d="M7 1v12M1 7h12" fill="none" stroke="currentColor" strokeWidth="2" />
        )}
      </svg>
      {text}
    </button>
  );
}
