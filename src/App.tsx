import { useEffect } from 'react';
import { DbContext } from './db/DbContext.ts';
import type { Coordinator } from './db/coordinator.ts';
import { LangContext } from './i18n/i18n.ts';
import { useUrlState } from './state/url-state.ts';
import { Shell } from './views/shell/Shell.tsx';

/** The app: URL state, language and database context around the shell. */
export function App({ coordinator }: { coordinator: Coordinator }) {
  const [url, navigate] = useUrlState();
  useEffect(() => {
    document.documentElement.lang = url.lang;
  }, [url.lang]);
  return (
    <DbContext.Provider value={coordinator}>
      <LangContext.Provider value={url.lang}>
        <Shell url={url} navigate={navigate} />
      </LangContext.Provider>
    </DbContext.Provider>
  );
}
