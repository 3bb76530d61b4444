import { Button } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/i18n.ts';

/** Measures shown per page. */
export const PAGE = 25;

/** The page asked for in the URL, kept within 1…pages. */
export function pageOf(param: string | undefined, rows: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows / PAGE));
  return { page: Math.min(pages, Math.max(1, Number(param) || 1)), pages };
}

/** Previous and next page, shown only when there is more than one. */
export function TiltakPager({
  page,
  pages,
  go,
}: {
  page: number;
  pages: number;
  go: (page: number) => void;
}) {
  const { t } = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('tiltak.pages')} className="button-row">
      <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => go(page - 1)}>
        {t('tiltak.prev')}
      </Button>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={page >= pages}
        onClick={() => go(page + 1)}
        data-testid="next-page"
      >
        {t('tiltak.next')}
      </Button>
    </nav>
  );
}
