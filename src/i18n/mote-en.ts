import type { moteNb } from './mote-nb.ts';

/** Meeting mode's messages in English. */
export const moteEn: Record<keyof typeof moteNb, string> = {
  'view.mote.placeholder': 'Meeting',
};
