import type { ReactNode } from 'react';
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

/** A view: a section named by its heading, marked with its load status for browser tests. */
export function ViewSection({
  testId,
  status,
  className,
  title,
  intro,
  children,
}: {
  /** `data-testid`, `view-<name>`. */
  testId: string;
  /** The view's load status (`data-load`), which browser tests wait on. */
  status: Load<unknown>['status'];
  className?: string;
  /** The heading's text. */
  title: ReactNode;
  /** The intro under the heading. */
  intro: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby="view-title"
      className={className}
      data-testid={testId}
      data-load={status}
    >
      <ViewHeader title={title} intro={intro} />
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
