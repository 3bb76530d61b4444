/**
 * The presentation and its presenter window (speaker notes on the presenter's own screen) follow
 * each other's slide: each posts the slide it moved to on a BroadcastChannel named after the deck,
 * so two decks presented at once never steer each other.
 */

/** A slide change, 0-based. */
interface PresenterMessage {
  deck: string;
  index: number;
}

const NAME = 'oversikt-presenter';

/** Listens for slide changes of this deck made in another window; returns a function that posts one. */
export function presenterChannel(
  deck: string,
  onIndex: (index: number) => void,
): { post: (index: number) => void; close: () => void } {
  if (typeof BroadcastChannel !== 'function')
    return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent) => {
    const m = e.data as Partial<PresenterMessage> | null;
    if (m && m.deck === deck && Number.isInteger(m.index)) onIndex(m.index as number);
  };
  return {
    post: (index) => channel.postMessage({ deck, index } satisfies PresenterMessage),
    close: () => channel.close(),
  };
}
