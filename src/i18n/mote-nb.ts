/** Meeting mode's messages in bokmål (kept apart from nb.ts so the Møte view can grow on its own). */
export const moteNb = {
  'view.mote.placeholder': 'Møte',
} as const;
