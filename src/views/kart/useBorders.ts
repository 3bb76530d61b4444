import { useEffect, useState } from 'react';
import { loadBorders, type Borders } from '../../queries/map-borders.ts';

/** The borders, fetched once from the site. */
export function useBorders(): { borders: Borders | null; error: string | null } {
  const [state, setState] = useState<{ borders: Borders | null; error: string | null }>({
    borders: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    loadBorders().then(
      (borders) => live && setState({ borders, error: null }),
      (e: unknown) => live && setState({ borders: null, error: String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
