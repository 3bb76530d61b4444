import type { ReactNode } from 'react';

/** The ids of the elements that name and describe a chart (its heading and its summary). */
export interface ChartNames {
  labelledBy?: string;
  describedBy?: string;
}

/** The outer `<svg>` of a chart: its size, a view box of the same size, and its accessible name. */
export function ChartSvg({
  name,
  testId = name,
  width,
  height,
  role = 'img',
  names,
  children,
}: {
  /** The chart's class, and its `data-testid` unless `testId` is given. */
  name?: string;
  /** `data-testid` for browser tests. */
  testId?: string;
  /** Width and height in pixels (the view box is the same). */
  width: number;
  height: number;
  /** `img` for a picture read as a whole, `group` where the marks inside have their own names. */
  role?: 'img' | 'group';
  names: ChartNames;
  children: ReactNode;
}) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-labelledby={names.labelledBy}
      aria-describedby={names.describedBy}
      className={name}
      data-testid={testId}
    >
      {children}
    </svg>
  );
}
