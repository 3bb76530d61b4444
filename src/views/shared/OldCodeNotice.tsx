import { useEffect } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { resolveOldCode } from '../../queries/old-code.ts';
import type { Navigate } from '../../state/navigate.ts';
import { useLoad } from '../../state/useLoad.ts';
import type { UrlState } from '../../state/url-state.ts';

/**
 * A link with an older municipality code (`geo=3807`, Skien before 2024) opens today's place: the
 * URL is rewritten to today's code with `from=` the old one, and the view says so in words.
 */
export function OldCodeNotice({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t } = useT();
  const geo = url.params.geo ?? '';
  const from = url.params.from ?? '';
  const asked = from || geo;
  const load = useLoad((db) => (asked ? resolveOldCode(db, asked) : Promise.resolve(null)), asked);
  const change = load.data;
  useEffect(() => {
    if (change && !from && change.old === geo)
      navigate(
        { ...url, params: { ...url.params, geo: change.code, from: geo } },
        { replace: true },
      );
  }, [change, from, geo, url, navigate]);
  if (!change || !from || change.code !== geo) return null;
  return (
    <p className="notice" role="status" data-testid="old-code-notice">
      {t('place.changed', {
        old: change.old,
        code: change.code,
        name: change.name,
        year: change.year,
      })}
    </p>
  );
}
