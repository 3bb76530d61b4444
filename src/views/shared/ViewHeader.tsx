import type { ReactNode } from 'react';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { Load } from '../../state/useLoad.ts';

/** A view's heading (focused when the view opens) and its one-paragraph intro. */
export function ViewHeader({ title, intro }: { title: ReactNode; intro: string }) {
  return (
    <>
      <h2 id="view-title" tabIndex={-1}>
        {title}
      </h2>
      <p className="view-intro">{intro}</p>
    </>
  );
}

/** The views that open with a ViewSection (each has a `<name>.intro` message). */
export type ViewName = 'data' | 'dekning' | 'kart' | 'mote' | 'oversikt' | 'tiltak' | 'trender';

/** A view: a section named by its heading, marked with its load status for browser tests. */
export function ViewSection({
  name,
  className,
  load,
  title,
  place,
  children,
}: {
  /** The view: `data-testid="view-<name>"`, and its intro is the message `<name>.intro`. */
  name: ViewName;
  className?: string;
  /** The view's loader, whose status (`data-load`) browser tests wait on. */
  load: Load<unknown>;
  /** The heading's message. */
  title: MessageKey;
  /** The place the view shows, after the heading's text. */
  place?: string;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <section
      aria-labelledby="view-title"
      className={className}
      data-testid={`view-${name}`}
      data-load={load.status}
    >
      <ViewHeader
        title={place ? `${t(title)}: ${place}` : t(title)}
        intro={t(`${name}.intro` as const)}
      />
      {children}
    </section>
  );
}

/** A loader's error as an alert, or nothing while it loads or when it is ready. */
export function LoadError({ load, testId }: { load: Load<unknown>; testId?: string }) {
  return load.status === 'error' ? (
    <p className="error" role="alert" data-testid={testId}>
      {load.error}
    </p>
  ) : null;
}
